package org.shouhu.testing;

/** Villages of the test region table (宝鸡市, 深圳市). */
public final class TestVillages {

	/** 凤县 凤州镇 龙口村委会. */
	public static final String A = "610330101200";
	/** 凤县 凤州镇 白石铺村委会 (same township as A). */
	public static final String B = "610330101201";
	/** 凤县 黄牛铺镇 黄牛铺村委会 (another township of the same county). */
	public static final String OTHER_TOWNSHIP = "610330102200";
	/** 太白县 桃川镇 白杨塬村委会 (another county). */
	public static final String TAIBAI = "610331101204";
	/** 深圳市 福田区 桂园街道 (another province). */
	public static final String SHENZHEN = "440303001001";

	public static final String TOWNSHIP = "610330101";
	public static final String COUNTY = "610330";

	private TestVillages() {
	}
}
