-- A text-search configuration for highlighting hits (ts_headline) in the original, accented text: it strips
-- diacritics before stemming, like search_text() does, so "Lipavsky" highlights "Lipavský".

create text search configuration search_display (copy = english);

alter text search configuration search_display
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;
