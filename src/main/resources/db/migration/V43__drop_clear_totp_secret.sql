-- Every clear secret was sealed by V42; the clear column goes so no copy of it is left.
alter table user_account drop column totp_secret;
