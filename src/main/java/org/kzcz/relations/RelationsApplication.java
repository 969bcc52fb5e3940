package org.kzcz.relations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Kazakhstan's relations with the Czech Republic and the European Union, as a REST API.
 * Callers authenticate with API keys only: Spring Boot's default in-memory user (and the
 * password it would print at every start) has no place here.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class RelationsApplication {

	public static void main(String[] args) {
		SpringApplication.run(RelationsApplication.class, args);
	}

}
