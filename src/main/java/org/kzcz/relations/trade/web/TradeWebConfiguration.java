package org.kzcz.relations.trade.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the CSV and SVG writers of the trade responses with Spring MVC (server side
 * only).
 */
@Configuration(proxyBeanMethods = false)
class TradeWebConfiguration {

	@Bean
	ServerHttpMessageConvertersCustomizer tradeCsvConverter() {
		return (builder) -> builder.addCustomConverter(new TradeCsvHttpMessageConverter())
			.addCustomConverter(new TradeSvgHttpMessageConverter());
	}

}
