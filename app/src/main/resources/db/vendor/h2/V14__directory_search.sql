-- On H2 the directory search scans the profiles' search text (see PartnerSearch); this keeps the version
-- numbers of both databases in step.
create index ix_organization_size on organization (size_band);
