-- A date of precision MONTH, QUARTER, HALF_YEAR or YEAR is stored as the first day of its period; this gives
-- the last day of that period, so a filter or a comparison can treat the date as the span it stands for
-- ("June 2024" still overlaps 2024-06-15). Unknown precisions are read as DAY.

create function period_last_day(first_day date, date_precision text) returns date
    language sql immutable parallel safe
    return case date_precision
               when 'MONTH' then (first_day + interval '1 month' - interval '1 day')::date
               when 'QUARTER' then (first_day + interval '3 months' - interval '1 day')::date
               when 'HALF_YEAR' then (first_day + interval '6 months' - interval '1 day')::date
               when 'YEAR' then (first_day + interval '1 year' - interval '1 day')::date
               else first_day
           end;
