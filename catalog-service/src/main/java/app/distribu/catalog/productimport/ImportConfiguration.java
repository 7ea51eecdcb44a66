package app.distribu.catalog.productimport;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

	/**
	 * A few imports at a time per replica; more wait in a bounded queue as QUEUED jobs
	 * (each company may only have a few there, see {@link ProductImports}).
	 */
	@Bean
	ThreadPoolTaskExecutor productImportExecutor(ImportProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.concurrentJobs());
		executor.setMaxPoolSize(properties.concurrentJobs());
		executor.setQueueCapacity(properties.queue());
		executor.setThreadNamePrefix("product-import-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

}
