package org.shouhu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.shouhu.child.ChildManagement;
import org.shouhu.common.ConflictException;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Generates {@code shouhu.generate.children} child files spread over the villages of {@code shouhu.generate.region}
 * (a province, city or county code), through the same application service as every other registration, then
 * (with {@code shouhu.generate.exit=true}) stops the application. For benchmarks at national scale:
 *
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments="--shouhu.generate.children=1000000 --shouhu.generate.region=61 --shouhu.generate.exit=true"
 * </pre>
 */
@Component
@ConditionalOnProperty(name = "shouhu.generate.children")
class BulkChildGenerator implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(BulkChildGenerator.class);

	private final ChildManagement children;
	private final Regions regions;
	private final Clock clock;
	private final ConfigurableApplicationContext context;
	private final int count;
	private final String region;
	private final int threads;
	private final boolean exit;
	private final long seed;

	BulkChildGenerator(ChildManagement children, Regions regions, Clock clock, ConfigurableApplicationContext context,
			@Value("${shouhu.generate.children}") int count, @Value("${shouhu.generate.region:61}") String region,
			@Value("${shouhu.generate.threads:2}") int threads, @Value("${shouhu.generate.exit:false}") boolean exit,
			@Value("${shouhu.generate.seed:1}") long seed) {
		this.children = children;
		this.regions = regions;
		this.clock = clock;
		this.context = context;
		this.count = count;
		this.region = region;
		this.threads = threads;
		this.exit = exit;
		this.seed = seed;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 300;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		List<Region> villages = villagesOf(region);
		if (villages.isEmpty()) {
			throw new IllegalArgumentException("No villages under region " + region);
		}
		log.info("Generating {} children over {} villages of {} with {} threads", count, villages.size(),
				regions.fullName(region), threads);
		LocalDate today = LocalDate.now(clock);
		AtomicInteger made = new AtomicInteger();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int worker = t;
			work.add(pool.submit(() -> {
				Random random = new Random(seed * 1000 + worker);
				ChildGenerator generator = new ChildGenerator(random, today);
				for (int i = worker; i < count; i += threads) {
					Region village = villages.get(random.nextInt(villages.size()));
					try {
						children.registerAsSystem(generator.next(village.getCode(), village.getName()), "生成数据");
					}
					catch (ConflictException duplicateAcrossWorkers) {
						i -= threads; // try again with another number
						continue;
					}
					int n = made.incrementAndGet();
					if (n % 10_000 == 0) {
						log.info("{} children, {} per second", n, n * 1_000_000_000L / (System.nanoTime() - start));
					}
				}
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		long millis = (System.nanoTime() - start) / 1_000_000;
		log.info("Generated {} children in {} s ({} per second)", made.get(), millis / 1000, made.get() * 1000L / Math.max(1, millis));
		if (exit) {
			System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
		}
	}

	private List<Region> villagesOf(String code) {
		List<Region> villages = new ArrayList<>();
		collect(code, villages);
		return villages;
	}

	private void collect(String code, List<Region> villages) {
		for (Region child : regions.children(code)) {
			if (child.getLevel() == RegionLevel.VILLAGE) {
				villages.add(child);
			}
			else {
				collect(child.getCode(), villages);
			}
		}
	}
}
