-- A product's images, ordered by position, at most one primary. The files live in the
-- image storage (filesystem or S3) under storage_key and thumbnail_key.
create table product_image (
    id             uuid primary key,
    company_id     uuid        not null,
    product_id     uuid        not null references product (id) on delete cascade,
    position       integer     not null,
    is_primary     boolean     not null default false,
    content_type   text        not null,
    storage_key    text        not null,
    thumbnail_key  text        not null,
    width          integer     not null,
    height         integer     not null,
    size_bytes     bigint      not null,
    created_at     timestamptz not null default clock_timestamp()
);

create index product_image_by_product on product_image (company_id, product_id, position);

create unique index product_image_one_primary on product_image (product_id) where is_primary;
