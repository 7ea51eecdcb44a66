package app.distribu.billing.subscription;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * {@code company.notices} is compacted: it keeps the latest banner of every company, so a
 * service that starts reads all current banners and nothing older.
 */
@Configuration
class NoticesTopic {

	@Bean
	NewTopic companyNoticesTopic() {
		return TopicBuilder.name(Announcements.NOTICES).compact().build();
	}

}
