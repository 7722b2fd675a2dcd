package org.scrutineer.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet looks for its images under {@code /assets/}. Its fonts are not
 * served: the GDS Transport typeface is for GOV.UK only, so pages fall back to Arial. The open data
 * API may be read from any web page (CORS), with its caching headers visible to the page.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/open/**").allowedOrigins("*").allowedMethods("GET", "HEAD", "OPTIONS").allowedHeaders("*")
                .exposedHeaders("ETag", "Last-Modified").allowCredentials(false).maxAge(3600);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        String assets = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/";
        registry.addResourceHandler("/assets/images/**").addResourceLocations(assets + "images/");
        registry.addResourceHandler("/assets/manifest.json").addResourceLocations(assets);
    }
}
