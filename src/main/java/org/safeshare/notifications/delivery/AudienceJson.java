package org.safeshare.notifications.delivery;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.safeshare.notifications.NotificationRequested.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * How a notification's audience is stored in the outbox: Modulith serialises events with the application's
 * JsonMapper, which cannot tell the two kinds of audience apart without a type name. A mix-in keeps the
 * contract ({@code NotificationRequested}) free of storage annotations.
 */
@Configuration(proxyBeanMethods = false)
class AudienceJson {

    @Bean
    JacksonModule notificationAudienceJson() {
        return new SimpleModule("notification-audience").setMixInAnnotation(Audience.class, AudienceMixIn.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Audience.Users.class, name = "users"),
            @JsonSubTypes.Type(value = Audience.RoleHolders.class, name = "roleHolders")})
    private interface AudienceMixIn {}
}
