package io.briefs.sec;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One fact of a company-facts document: a value of a concept for a period, as one filing gave it.
 * {@code fy} and {@code fp} name the filing (a 10-Q for Q1 FY2025 repeats Q1 FY2024 with fy 2025,
 * fp Q1): they are kept for messages only, never used to place the fact in time.
 *
 * @param start the first day of a duration, or null for an instant (a balance)
 */
record XbrlFact(String concept, String unit, @Nullable LocalDate start, LocalDate end, BigDecimal value, Filing filing,
    @Nullable Integer fy, @Nullable String fp) {}
