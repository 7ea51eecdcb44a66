-- Which alert emails a team member wants, per company. No row means the default of the
-- member's role (AlertTopic): owners and admins hear about new storefront orders, low
-- stock and registrations; members hear about nothing until they choose to.
create table notification_preference (
    user_id     uuid    not null,
    company_id  uuid    not null,
    topic       text    not null check (topic in ('NEW_STOREFRONT_ORDER', 'NEW_API_ORDER', 'LOW_STOCK', 'REGISTRATION')),
    enabled     boolean not null,
    primary key (user_id, company_id, topic),
    foreign key (user_id, company_id) references membership (user_id, company_id) on delete cascade
);
