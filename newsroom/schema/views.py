"""Views: the joins readers ask for most, named so they show up in Datasette."""

from __future__ import annotations

VIEWS: dict[str, str] = {
    "quote_attributions": """
        select
          quotes.id as quote_id,
          quotes.text as quote,
          coalesce(people.name, quotes.speaker_description) as speaker,
          people.role as speaker_role,
          coalesce(outlets.name, distributors.name) as outlet,
          articles.title as article_title,
          articles.id as article_id,
          quotes.partial,
          quotes.start,
          quotes."end"
        from quotes
          join articles on articles.id = quotes.article_id
          left join people on people.id = quotes.person_id
          left join organizations as outlets on outlets.id = articles.outlet_id
          left join organizations as distributors on distributors.id = articles.distributor_id
        order by articles.id, quotes.start
    """,
    "all_mentions": """
        select person_mentions.id, 'person' as kind, person_mentions.person_id as entity_id, people.name as entity_name,
               person_mentions.article_id, person_mentions.text, person_mentions.start, person_mentions."end"
          from person_mentions join people on people.id = person_mentions.person_id
        union all
        select organization_mentions.id, 'organization', organization_mentions.organization_id, organizations.name,
               organization_mentions.article_id, organization_mentions.text,
               organization_mentions.start, organization_mentions."end"
          from organization_mentions join organizations on organizations.id = organization_mentions.organization_id
        union all
        select location_mentions.id, 'location', location_mentions.location_id, locations.name,
               location_mentions.article_id, location_mentions.text,
               location_mentions.start, location_mentions."end"
          from location_mentions join locations on locations.id = location_mentions.location_id
    """,
    "location_mention_counts": """
        select locations.id, locations.name, locations.kind, locations.latitude, locations.longitude,
               location_stats.mentions, location_stats.articles,
               json_object(
                 'title', locations.name,
                 'description', locations.kind || ': named ' || location_stats.mentions
                                || case location_stats.mentions when 1 then ' time' else ' times' end
                                || ' in ' || location_stats.articles
                                || case location_stats.articles when 1 then ' article' else ' articles' end,
                 'link', '/corpus/locations/' || locations.id
               ) as popup
        from locations
          join location_stats on location_stats.location_id = locations.id
        order by location_stats.mentions desc, locations.name
    """,
    # The two preset charts (README, home page) are drawn from these views.
    "quotes_per_speaker": """
        select coalesce(people.name, quotes.speaker_description) as speaker, cast(count(*) as integer) as quotes
        from quotes left join people on people.id = quotes.person_id
        group by speaker
        order by quotes desc, speaker
    """,
    "figures_by_subject": """
        select figures.subject || ' (' || coalesce(outlets.name, distributors.name, articles.id) || ')' as subject_and_outlet,
               figures.subject, coalesce(outlets.name, distributors.name) as outlet,
               figures.value, figures.unit, figures.qualifier, figures.text, figures.article_id,
               figures.id as figure_id
        from figures
          join articles on articles.id = figures.article_id
          left join organizations as outlets on outlets.id = articles.outlet_id
          left join organizations as distributors on distributors.id = articles.distributor_id
        order by figures.subject, figures.value desc
    """,
    "span_checks": "\nunion all\n".join(
        f"""select '{kind}' as kind, {table}.id, {table}.article_id, {table}.{text} as text,
               {table}.{start} as start, {table}.{end} as "end",
               -- cast: a bare comparison has no type affinity, and Datasette's
               -- ?matches=0 filter compares with the text '0'.
               cast(substr(articles.body, {table}.{start} + 1, {table}.{end} - {table}.{start}) = {table}.{text}
                    as integer) as matches
          from {table} join articles on articles.id = {table}.article_id
          where {table}.{text} is not null"""
        for kind, table, text, start, end in (
            ("quote", "quotes", "text", "start", '"end"'),
            ("figure", "figures", "text", "start", '"end"'),
            ("event_date", "event_dates", "text", "start", '"end"'),
            ("photo title", "photos", "title", "title_start", "title_end"),
            ("photo caption", "photos", "caption", "caption_start", "caption_end"),
            ("photo credit", "photos", "credit", "credit_start", "credit_end"),
            ("person mention", "person_mentions", "text", "start", '"end"'),
            ("organization mention", "organization_mentions", "text", "start", '"end"'),
            ("location mention", "location_mentions", "text", "start", '"end"'),
        )
    ),
}
