package org.iops.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders jte templates into a byte buffer and sends the page in one write with its length. Writing the many small
 * pieces of a template straight to the servlet writer goes through several response wrappers per piece, which cost
 * more than rendering the page. The page's transaction ({@link PageTransactions}) ends between the two.
 */
@Configuration(proxyBeanMethods = false)
class BufferedJteViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedJteView(templates);
            }
        };
    }

    static final class BufferedJteView extends JteView {

        private final TemplateEngine templates;

        BufferedJteView(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            templates.render(getUrl(), model, output);
            PageTransactions.end(request, false); // rendered: the page's reads are over before it is sent
            response.setContentType("text/html;charset=UTF-8");
            int length = output.getContentLength();
            response.setContentLength(length);
            // the output holds the page as many pieces (each static part of a template is one): gathered into one
            // array first, it reaches the response wrappers as one write instead of hundreds
            ByteArrayOutputStream page = new ByteArrayOutputStream(length);
            output.writeTo(page);
            page.writeTo(response.getOutputStream());
        }
    }
}
