package org.iops.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The names of the fields a handler reads from a request: its {@code @RequestParam}s and the components or writable
 * properties of its form objects (a {@code @ModelAttribute}, or a type of ours bound without an annotation), so that
 * {@link BadInputCrawlTests} fills every field a form has, including one added tomorrow.
 */
final class FormFieldNames {

    private FormFieldNames() {
    }

    static Set<String> of(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName();
                if (name != null && !Map.class.isAssignableFrom(type)) {
                    names.add(name);
                }
                continue;
            }
            boolean form = parameter.hasParameterAnnotation(ModelAttribute.class)
                    || type.getName().startsWith("org.iops.") && !type.isEnum()
                    && !BeanUtils.isSimpleProperty(type) && !type.getSimpleName().endsWith("Id");
            if (form) {
                names.addAll(fieldsOf(type));
            }
        }
        return names;
    }

    private static Set<String> fieldsOf(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return names;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                names.add(property.getName());
            }
        }
        return names;
    }
}
