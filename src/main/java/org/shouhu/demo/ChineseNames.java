package org.shouhu.demo;

import java.util.random.RandomGenerator;

import org.shouhu.child.Gender;

/** Plausible Chinese names, surnames weighted roughly by frequency. */
final class ChineseNames {

	private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
	private static final String BOY_CHARS = "伟强磊军勇杰涛明超辉刚健峰浩宇轩博文俊鹏飞翔宏志豪晨阳睿泽瑞凯鑫子然思远皓天佳乐嘉诚铭亮";
	private static final String GIRL_CHARS = "芳娜敏静丽艳娟霞婷雪慧莹琳颖欣悦涵萱梓怡可馨雨桐佳琪晓梦诗瑶玉兰秀英红美婉倩彤蕾";

	private ChineseNames() {
	}

	static String surname(RandomGenerator random) {
		// the first 20 surnames cover about half of the population
		int index = random.nextDouble() < 0.5 ? random.nextInt(20) : random.nextInt(COMMON_SURNAMES.length());
		return String.valueOf(COMMON_SURNAMES.charAt(index));
	}

	static String givenName(RandomGenerator random, Gender gender) {
		String chars = gender == Gender.MALE ? BOY_CHARS : GIRL_CHARS;
		StringBuilder name = new StringBuilder().append(chars.charAt(random.nextInt(chars.length())));
		if (random.nextInt(10) < 7) {
			name.append(chars.charAt(random.nextInt(chars.length())));
		}
		return name.toString();
	}

	static String fullName(RandomGenerator random, String surname, Gender gender) {
		return surname + givenName(random, gender);
	}
}
