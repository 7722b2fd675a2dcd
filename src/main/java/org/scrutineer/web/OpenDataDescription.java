package org.scrutineer.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and terms of the open data API's OpenAPI description. */
@Configuration
class OpenDataDescription {

    @Bean
    OpenAPI openDataApi(SiteSettings site) {
        return new OpenAPI().info(new Info().title(site.getCouncilName() + ": scrutiny open data").version("1")
                .description("The council's scrutiny committees, their members, meetings, agendas, published documents, public questions and "
                        + "answers, recommendations with the executive's responses, work programmes and actions. Read-only and open to anyone, "
                        + "as JSON or CSV (Accept: text/csv or ?format=csv), a page at a time (?page= from 0, ?size= up to 500). Every answer "
                        + "has an ETag and a Last-Modified: send If-None-Match to be told 304 when nothing has changed. Exempt items and "
                        + "personal contact details are never included.")
                .license(new License().name("Open Government Licence v3.0")
                        .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")));
    }
}
