package org.kzcz.relations.common.guards;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.kzcz.relations.common.paging.PageParameters;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds a record declared as a {@code @ParameterObject} (such as {@link PageParameters}
 * or a list's filters) component by component, each exactly as the {@code @RequestParam}
 * on it would bind as a parameter of the handler itself: the same editors
 * ({@link ParameterEditors}), the same 400 naming the parameter when its text does not
 * convert, and what the record's constructor throws when it checks the values. Spring's
 * default for a record would be data binding, which answers a bad value as an invalid
 * body.
 */
@Configuration(proxyBeanMethods = false)
class QueryParameterObjects implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Resolver());
	}

	static final class Resolver implements HandlerMethodArgumentResolver {

		private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

		private final RequestParamMethodArgumentResolver requestParams = new RequestParamMethodArgumentResolver(false);

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(ParameterObject.class) && parameter.getParameterType().isRecord();
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			Constructor<?> canonical = BeanUtils.getResolvableConstructor(parameter.getParameterType());
			Object[] components = new Object[canonical.getParameterCount()];
			for (int i = 0; i < components.length; i++) {
				MethodParameter component = new MethodParameter(canonical, i);
				component.initParameterNameDiscovery(NAMES);
				components[i] = this.requestParams.resolveArgument(component, container, request, binders);
			}
			try {
				ReflectionUtils.makeAccessible(canonical);
				return canonical.newInstance(components);
			}
			catch (InvocationTargetException ex) {
				// A filter record checks its values as it is made: its 400 goes out as it
				// is.
				ReflectionUtils.rethrowRuntimeException(ex.getTargetException());
				throw new IllegalStateException(ex);
			}
		}

	}

}
