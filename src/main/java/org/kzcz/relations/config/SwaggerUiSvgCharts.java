package org.kzcz.relations.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * springdoc's transformation of Swagger UI's start script, plus one plugin: the trade
 * charts (image/svg+xml) of "Try it out" are shown as images, not as SVG source
 * ({@code openapi/swagger-ui-svg-charts.js}).
 */
class SwaggerUiSvgCharts extends SwaggerIndexPageTransformer {

	static final String PLUGINS = "SwaggerUIBundle.plugins.DownloadUrl";

	private final String plugin;

	SwaggerUiSvgCharts(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth, SwaggerWelcomeCommon welcome,
			ObjectMapperProvider objectMapper) {
		super(config, oauth, welcome, objectMapper);
		try {
			this.plugin = new ClassPathResource("openapi/swagger-ui-svg-charts.js")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The Swagger UI chart plugin is missing from the classpath", ex);
		}
	}

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = super.transform(request, resource, chain);
		if (!(transformed instanceof TransformedResource)) {
			return transformed;
		}
		String script = transformed.getContentAsString(StandardCharsets.UTF_8);
		if (!script.contains(PLUGINS)) {
			return transformed;
		}
		String withPlugin = this.plugin + "\n" + script.replace(PLUGINS, PLUGINS + ",\n      KzczSvgCharts");
		return new TransformedResource(resource, withPlugin.getBytes(StandardCharsets.UTF_8));
	}

}
