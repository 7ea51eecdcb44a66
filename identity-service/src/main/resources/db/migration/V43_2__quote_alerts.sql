-- "Quotes" alerts (docs/quotes.md): a member may choose them like the other topics.
alter table notification_preference drop constraint notification_preference_topic_check;
alter table notification_preference add constraint notification_preference_topic_check
    check (topic in ('NEW_STOREFRONT_ORDER', 'NEW_API_ORDER', 'LOW_STOCK', 'REGISTRATION', 'QUOTES'));
