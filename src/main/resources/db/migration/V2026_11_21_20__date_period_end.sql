-- The last day of the period a stored date stands for. Dates of precision MONTH, QUARTER, HALF_YEAR or YEAR
-- are stored as the first day of their period, so "ended in March 2024" lasts until 2024-03-31.

create function date_period_end(d date, date_precision text) returns date
    language sql immutable parallel safe
    return case date_precision
               when 'YEAR' then (date_trunc('year', d::timestamp) + interval '1 year - 1 day')::date
               when 'HALF_YEAR' then (date_trunc('month', d::timestamp) + interval '6 months - 1 day')::date
               when 'QUARTER' then (date_trunc('quarter', d::timestamp) + interval '3 months - 1 day')::date
               when 'MONTH' then (date_trunc('month', d::timestamp) + interval '1 month - 1 day')::date
               else d
           end;
