package org.scrutineer.improvement;

import org.scrutineer.web.BodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A plan's table may be up to 2 MB, sent as CSV to the API or as a file from the staff page. The
 * page's file goes to the container's multipart parser as it arrives, so the form's other fields
 * (its CSRF token among them) are read from the same body.
 */
@Configuration
class PlanImportLimit {

    static final DataSize MAX = DataSize.ofMegabytes(2);
    static final String REFUSAL = "A plan's CSV file must be smaller than 2 MB.";

    @Bean
    BodyLimit planImportPageLimit() {
        return BodyLimit.uploads("POST", "/staff/plans/import", MAX, REFUSAL);
    }

    @Bean
    BodyLimit planImportApiLimit() {
        return BodyLimit.of("POST", "/api/plans/import", MAX, REFUSAL);
    }
}
