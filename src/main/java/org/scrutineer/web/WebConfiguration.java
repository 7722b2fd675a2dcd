package org.scrutineer.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet looks for its images under {@code /assets/}. Its fonts are not
 * served: the GDS Transport typeface is for GOV.UK only, so pages fall back to Arial.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        String assets = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/";
        registry.addResourceHandler("/assets/images/**").addResourceLocations(assets + "images/");
        registry.addResourceHandler("/assets/manifest.json").addResourceLocations(assets);
    }
}
