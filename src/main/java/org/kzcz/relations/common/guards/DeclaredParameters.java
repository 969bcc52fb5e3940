package org.kzcz.relations.common.guards;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.MatrixVariable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * The query parameter names a handler method declares, as Spring binds them: its
 * {@code @RequestParam}s (named, or by the Java parameter's name), other simple-typed
 * parameters bound from nowhere else, and the components of records bound as parameter
 * objects. Worked out once per method.
 */
public final class DeclaredParameters {

	private static final Map<Method, Set<String>> CACHE = new ConcurrentHashMap<>();

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	/** Annotations binding a parameter from somewhere other than the query string. */
	private static final List<Class<? extends Annotation>> OTHER_SOURCES = List.of(PathVariable.class,
			RequestHeader.class, RequestBody.class, CookieValue.class, RequestAttribute.class, MatrixVariable.class,
			RequestPart.class, Value.class);

	private DeclaredParameters() {
	}

	public static Set<String> of(HandlerMethod handler) {
		return CACHE.computeIfAbsent(handler.getMethod(), (method) -> declared(handler));
	}

	private static Set<String> declared(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter = new MethodParameter(parameter);
			parameter.initParameterNameDiscovery(NAMES);
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (!Map.class.isAssignableFrom(type)) {
					names.add(name(requestParam, parameter));
				}
			}
			else if (OTHER_SOURCES.stream().anyMatch(parameter::hasParameterAnnotation)) {
				continue;
			}
			else if (BeanUtils.isSimpleProperty(type)) {
				names.add(parameter.getParameterName());
			}
			else if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		names.remove(null);
		return Set.copyOf(names);
	}

	private static String name(RequestParam requestParam, MethodParameter parameter) {
		if (StringUtils.hasText(requestParam.name())) {
			return requestParam.name();
		}
		return StringUtils.hasText(requestParam.value()) ? requestParam.value() : parameter.getParameterName();
	}

}
