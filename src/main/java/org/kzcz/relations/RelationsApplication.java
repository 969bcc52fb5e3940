package org.kzcz.relations;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kazakhstan's relations with the Czech Republic and the European Union, as a REST API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RelationsApplication {

	public static void main(String[] args) {
		SpringApplication.run(RelationsApplication.class, args);
	}

}
