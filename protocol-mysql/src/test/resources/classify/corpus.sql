FLUSH STATUS
SELECT VARIABLE_VALUE FROM INFORMATION_SCHEMA.GLOBAL_STATUS WHERE VARIABLE_NAME='aborted_clients'
create table t1 (d date)
CREATE TABLE t1 (\n  AUFNR varchar(12) NOT NULL default '',\n  PLNFL varchar(6) NOT NULL default '',\n  VORNR varchar(4) NOT NULL default '',\n  xstatus_vor smallint(5) unsigned NOT NULL default '0'\n)
drop table if exists t1,t2,t3
select t1.* as 'with_alias', t1.* from t1
select t1.* as 'with_alias', t1.* as 'alias2' from t1
select t1.* as 'with_alias', a, t1.* as 'alias2' from t1
select (select d from t2 where d > a), t1.* as 'with_alias' from t1
select t1.* as 'with_alias', (select a from t2 where d > a) from t1
select a as 'x', t1.* as 'with_alias', b as 'x' from t1
select t1.* as 'with_alias', (select a from t2 where d > a) as 'x' from t1
insert into t3 select t2.*, t2.* as 'with_alias', 3 from t2
select t1.*, t1.* from t1
select (select d from t2 where d > a), t1.* from t1
select a as 'x', t1.*, b as 'x' from t1
select t1.*, (select t2.* from t2) from t1
insert into t3 select t2.*, d as 'x', d as 'z' from t2
drop table t4
SET sql_mode=DEFAULT
DROP TABLE t1
CREATE TABLE t1 AS SELECT x'32FF', CONCAT(x'32FF')
CREATE TABLE t1 AS SELECT '0\\a', CONCAT('0\\a')
select t1.a as a1 from t1 as t1,t2 order by t2.b,t1.a
drop table if exists t1
CREATE TABLE t1 (a int auto_increment primary key not null, b longtext) ENGINE=MyISAM
INSERT INTO t1 SET b=repeat('a',400)
set global myisam_data_pointer_size=default
CREATE TABLE t1 (a int primary key, b int) engine=innodb
set debug_sync='now SIGNAL go'
create table t1 (\ncol1 int not null auto_increment primary key,\ncol2 varchar(30) not null,\ncol3 varchar (20) not null,\ncol4 varchar(4) not null,\ncol5 enum('PENDING', 'ACTIVE', 'DISABLED') not null,\ncol6 int not null, to_be_deleted int)
insert into t1 (bandID,payoutID) VALUES (1,6),(2,6),(3,4),(4,9),(5,10),(6,1),(7,12),(8,12)
SHOW FULL COLUMNS FROM t1
CREATE TABLE t1 (AnamneseId int(10) unsigned NOT NULL auto_increment,B BLOB,PRIMARY KEY (AnamneseId)) engine=myisam
insert into t1 values (null,"hello")
UNLOCK TABLES
alter table t1 drop i,add i int unsigned not null auto_increment, drop primary key, add primary key (i)
create table t1 (n1 int not null, n2 int, n3 int, n4 float,\n                unique(n1),\n                key (n1, n2, n3, n4),\n                key (n2, n3, n4, n1),\n                key (n3, n4, n1, n2),\n                key (n4, n1, n2, n3) )
alter table t2 rename t1, add c char(10) comment "no comment"
show columns from t1
CREATE TABLE t1 (i int(10), index(i) ) ENGINE=MyISAM
ALTER TABLE t1 ENABLE KEYS
INSERT INTO t1 VALUES ('localhost','root'),('localhost',''),('games','monty')
SHOW INDEX FROM t1
CREATE TABLE t1 (\n  Host varchar(16) binary NOT NULL default '',\n  User varchar(16) binary NOT NULL default '',\n  PRIMARY KEY  (Host,User),\n  KEY  (Host)\n) ENGINE=MyISAM
DROP TABLE t2
create table t1 (a int)
create table t1 (a char(10) character set koi8r)
select a,hex(a) from t1
alter table t1 DEFAULT CHARACTER SET cp1251
alter table t1 add c decimal(10,2), enable keys
alter table mysqltest.t1 rename t1
alter table test.t1 rename test.t1
DROP TABLE IF EXISTS bug24219_2
DROP TABLE bug24219_2
drop table if exists table_24562
update table_24562 set reviewer="Me" where section=2
alter table t1 engine = myisam
insert into t1 values ('def'),('abc'),('hij'),('3r4f')
alter table t1 change v2 v varchar(64)
create table t1 (t varchar(255) default null, key t (t(80)))\nengine=myisam default charset=latin1
alter table t1 change t t text
SELECT * FROM t1
create table t1 (a mediumtext character set latin1)
lock table t1 write, t3 read
alter table t2 change c vc varchar(100) default "Four", rename to t1
DROP TABLE   `t+1`, `t+2`
ALTER TABLE  `tt+1` RENAME `tt+2`
INSERT INTO `#sql-1`     VALUES (1)
ALTER TABLE `#sql1`      RENAME `@0023sql1`
ALTER TABLE `@0023sql2`  RENAME `#sql2`
ALTER TABLE t1 CHANGE c d varchar(10)
CREATE TABLE t1 (id int, c int) character set utf8
select index_length into @paked_keys_size from\ninformation_schema.tables where table_name='t1'
select (@orig_max_data_length > @changed_max_data_length)
INSERT INTO t1 values ()
ALTER TABLE t1 ALTER COLUMN a DROP DEFAULT
SELECT * FROM t1 ORDER BY a
SET @@sql_mode=@save_sql_mode
ALTER TABLE t1 MODIFY COLUMN a ENUM('a1','a2','xx','a5')
ALTER TABLE t1 ADD KEY (a(20))
CREATE TABLE t1 (id int)
CREATE TABLE t1 (a INT, b MEDIUMINT)
INSERT INTO t1 VALUES (1, 1), (2, 2)
DROP DATABASE db1
CREATE TABLE t1 (t1_fld1 TEXT)
SET SQL_MODE=''
SELECT LENGTH(my_t2_fld1) FROM t2
SET SQL_MODE=default
CREATE TABLE t1 (\n  id INT(11) NOT NULL,\n  x_param INT(11) DEFAULT NULL,\n  PRIMARY KEY (id)\n) ENGINE=MYISAM
ALTER TABLE t2 DROP FOREIGN KEY IF EXISTS fk
INSERT INTO t1 VALUES (1,1), (2,2)
ALTER TABLE t1 ADD COLUMN (c3 INT), ALGORITHM= COPY
ALTER TABLE t1 ADD INDEX i3(b), LOCK= SHARED
ALTER TABLE t1 ADD INDEX i4(b), LOCK= EXCLUSIVE
ALTER TABLE t1 ADD INDEX i3(b), ALGORITHM= INPLACE, LOCK= EXCLUSIVE
UPDATE t1 SET b = 4
COMMIT
CREATE TABLE tm2(a INT PRIMARY KEY AUTO_INCREMENT, b INT, c INT) engine=MyISAM
INSERT INTO ti2 VALUES (1,1,1), (2,2,2)
INSERT INTO tm2 VALUES (1,1,1), (2,2,2)
ALTER TABLE tm1
ALTER TABLE ti1 ADD COLUMN d VARCHAR(200)
ALTER TABLE tm1 ADD COLUMN e ENUM('a', 'b') FIRST
ALTER TABLE ti1 DROP INDEX ii3
ALTER TABLE ti1 ALTER COLUMN b SET DEFAULT 1
ALTER TABLE ti1 CHANGE COLUMN f g INT
ALTER TABLE tm1 MODIFY COLUMN e ENUM('a', 'b', 'c')
ALTER TABLE ti1 MODIFY COLUMN e INT FIRST
ALTER TABLE tm1 DROP PRIMARY KEY
ALTER TABLE ti1 DROP FOREIGN KEY fi1
ALTER TABLE tm1 RENAME TO tm3
ALTER TABLE tm1 ORDER BY b
ALTER TABLE ti1 CONVERT TO CHARACTER SET utf16
INSERT INTO ti3(b) VALUES (5)
INSERT INTO ti3(b) VALUES (7)
alter table t1 add key if not exists (i)
alter table t1 add unique index if not exists idx(i)
SHOW CREATE TABLE `tab1`
DROP TABLE `tab1`
ALTER TABLE t2\nADD FOREIGN KEY IF NOT EXISTS (id1)\nREFERENCES t1 (id)
CREATE TABLE t1(a INT)
CREATE INDEX i1 ON t1(a) COMMENT 'comment1'
CREATE TABLE t1 (a INT, b INT) engine=myisam
ALTER TABLE t1 ADD CONSTRAINT `mini` CHECK (a+b > 100)
alter table t1 drop column a, drop constraint constraint_1
create table t1 (a int, b int, check(a>0))
alter table t1 alter column if exists a set default 1
insert into t1 values (1,'2001-1-1')
lock table v1 read, t1 write
alter table person_principal add column if not exists date_mask tinyint null
alter table t1 add key d(j)
alter table t1 rename key kkk to k, drop key uuu
alter table t1 rename key k to kk, rename to t2
alter table t1 algorithm=inplace, rename key k to kk
create table t1 (i int, key k(i)) engine=innodb
alter table t1 algorithm=copy, rename key kk to kkk
select i.name as k, f.name as c from information_schema.innodb_sys_tables as t,\n                                     information_schema.innodb_sys_indexes as i,\n                                     information_schema.innodb_sys_fields as f\nwhere t.name='test/t1' and t.table_id = i.table_id and i.index_id = f.index_id\norder by k, c
alter table if exists t1 rename t2
create table t1 (a int check (a >= 0))
CREATE TABLE t (a INT, b INT, KEY(a), KEY(b)) ENGINE=INNODB
CREATE TABLE t (c INT UNIQUE) ENGINE=InnoDB
CREATE TABLE t (c POINT GENERATED ALWAYS AS (POINT(1,1)) UNIQUE) ENGINE=InnoDB
set sql_mode= @save_sql_mode
alter table txxx engine=innodb, rename to tyyy
set @save_default_engine= @@default_storage_engine
ALTER TABLE t1 CHANGE COLUMN z c DOUBLE, RENAME COLUMN b to b
ALTER TABLE t1 RENAME COLUMN b TO d, RENAME COLUMN d TO b
DROP TABLE t4
ALTER TABLE t2 RENAME COLUMN d TO g
UPDATE t2 SET f = f + 10
CALL sp1()
ALTER TABLE t_gen CHANGE COLUMN c x INT
ALTER TABLE t1 DROP COLUMN b, RENAME COLUMN b TO z
ALTER TABLE t1 RENAME COLUMN b TO b, RENAME COLUMN b TO b
ALTER TABLE t1 RENAME COLUMN b TO `nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn`
ALTER TABLE t1 CHANGE b `nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn` int
DROP VIEW v1
ALTER TABLE t FORCE, ALGORITHM=COPY, LOCK=EXCLUSIVE
DROP SEQUENCE s
SET sql_mode='STRICT_ALL_TABLES,STRICT_TRANS_TABLES,NO_ZERO_DATE'
SET debug_dbug='-d,validate_implicit_default_value_error'
create table t1 (a int) engine=myisam
create table t1 (a int not null primary key, b int, c varchar(80), e enum('a','b')) engine=myisam
insert into t1 (a) values (1),(2),(3)
alter online table t1 modify e enum('a','b','c')
alter online table t1 drop constraint q
create temporary table t1 (a int not null primary key, b int, c varchar(80), e enum('a','b'))
create table t1 (a int not null primary key, b int, c varchar(80), e enum('a','b'))
alter online table t1 modify e enum('c','a','b')
alter online table t1 modify c varchar(50)
alter online table t1 add f int
alter table t1 engine=innodb
alter online table t1 add index c (c)
create table t1 (i int) partition by hash(i) partitions 2
CREATE TABLE t1 (a BINARY(10))
CREATE TABLE t1 (a VARBINARY(10))
CREATE TABLE t1 (a BLOB)
ALTER TABLE t1 MODIFY a TINYTEXT, ALGORITHM=INPLACE
ALTER TABLE t1 MODIFY a TINYTEXT COLLATE latin1_bin, ALGORITHM=INPLACE
CREATE TABLE t1 (a MEDIUMTEXT COLLATE latin1_general_ci)
insert t1 values (1,2),(2,3),(3,4)
ALTER TABLE t1 ADD PRIMARY KEY (col4(10)) , ADD UNIQUE KEY uidx (col3)
CREATE TABLE t1 (a INT) ENGINE = InnoDB
INSERT INTO t1 VALUES (2)
SET @debug_key_flags=TRUE
alter user CURRENT_USER()
alter user if exists boo
alter user foo identified by 'something'
alter user foo identified with 'mysql_old_password'
alter user foo identified by 'something' require X509
drop user foo
create user foo@localhost
prepare stmt1 from "SELECT * FROM t1 PROCEDURE ANALYSE()"
create temporary table t1(a int, index(a))
alter table t1 change c d varchar(200), change d b varchar(200)
create or replace table t1 (a int primary key, b varchar(100), c varchar(100), d varchar(100)) engine=myisam
select column_name from mysql.column_stats where table_name = 't1'
CREATE TABLE t1 (a int) ENGINE=MyISAM
INSERT INTO t2 (b) VALUES (0), (8)
SET join_cache_level=3
SET optimizer_switch='join_cache_bka=on'
SELECT * FROM t1, t2 WHERE b=a
select  @@session.analyze_max_length
SET STATEMENT debug_dbug="d,fail_2call_open_only_one_table" for\nANALYZE TABLE t1
INSERT INTO t2 SELECT seq FROM seq_1_to_10
drop table if exists t0,t1,t2,t3
insert into t1 values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)
create table t3(a int)
analyze format=json\nupdate t1 set b=pk
insert into t1 values (3,5,10,20,15,15)
analyze format=json select a, max(b) as TOP from t2 group by a having 1<>2
analyze format=json select a, max(b) as TOP from t2 group by a having 1=2
drop table t0, t1, t2
INSERT INTO t2 VALUES (3),(4)
CREATE TABLE t2 (f2 INT) ENGINE=MyISAM
insert into t1 select a,a,a from t0
analyze format=json \nupdate t1 set a=a+1 \nwhere t1.pk > (select max(a) from t2 where t2.pk+1 = t1.pk+1 ) - 10
INSERT INTO t1 VALUES ('x'),('xx')
insert into t1 select * from t0
analyze select * from t1,t2 where t2.key1=t1.a
select * from t1,t2 where t2.key2x=t1.a
insert into t0 values (0,0),(2,2),(4,4),     (8,8)
analyze select * from t0,t1 where t0.a=t1.a
analyze update t0,t1 set t1.b=5555 where t0.a=t1.a
analyze update t1 set a=2
analyze delete t1 from t2,t1 where t2.a=t1.a
insert into t1 values (1,1),(2,2),(3,3),(4,4),(5,5)
analyze replace t1 values (1,2)
analyze insert into t1 select * from t1
analyze select * into outfile '../../tmp/data1.tmp' from t1
analyze select * from t1 straight_join t2 force index(a) where t2.a=t1.a
analyze delete from t1
explain \nupdate t2 set b=b+1 order by b limit 5
explain\nupdate t2 set a=a+1 where a<10
analyze format=json\nupdate t2 set a=a+1 where a<10
explain format=json\ndelete from t2 order by b limit 5
explain format=json\nselect * from t0,t2 where t2.a=t0.a order by t0.a limit 4
explain\ndelete from t3 order by a
insert into t3 select a, 123 from t0
explain\nselect col1 f1, col2 f2, col1 f3 from t2 group by f1
drop table t0,t1
set @total_read = (@pages_read_count + @pages_prefetch_read_count)
CREATE USER u1@localhost
grant ALL on db.v1 to u1@localhost
analyze select * from db.v1
analyze DELETE FROM db.v1 WHERE i = 5
drop database db
set LOCAL sql_mode=""
CREATE DATABASE privtest_db
CREATE TABLE privtest_db.t1 (a INT, b VARCHAR(3)) ENGINE=MyISAM
GRANT SELECT ON privtest_db.t2 TO 'privtest'@'localhost'
ANALYZE INSERT INTO t1 (a) VALUES (10)
EXPLAIN REPLACE INTO t1 (a) VALUES (10)
ANALYZE REPLACE INTO t1 (a) VALUES (10)
ANALYZE REPLACE INTO t1 SELECT * FROM t2
UPDATE t1, t2 SET t1.a = t1.a + 1 WHERE t1.a = t2.a
DELETE FROM t1
EXPLAIN SELECT * FROM t1 WHERE a IN ( SELECT a FROM t2 )
EXPLAIN UPDATE v1 SET a = a + 1
ANALYZE UPDATE v1, t2 SET v1.a = v1.a + 1 WHERE v1.a = t2.a
EXPLAIN DELETE FROM v1 WHERE a = 10
SELECT * FROM v1 WHERE a IN ( SELECT a FROM t2 )
INSERT INTO v2 SELECT * FROM t2
EXPLAIN UPDATE v2 SET a = a + 1
EXPLAIN UPDATE v2, t2 SET v2.a = v2.a + 1 WHERE v2.a = t2.a
DELETE FROM v2
REVOKE ALL PRIVILEGES ON privtest_db.t1 FROM 'privtest'@'localhost'
GRANT INSERT ON privtest_db.t1 TO 'privtest'@'localhost'
GRANT SELECT(a), DELETE ON privtest_db.t1 TO 'privtest'@'localhost'
GRANT SHOW VIEW ON privtest_db.v1 TO 'privtest'@'localhost'
GRANT SELECT, SHOW VIEW ON privtest_db.v1 TO 'privtest'@'localhost'
GRANT SELECT, INSERT, UPDATE, DELETE, SHOW VIEW ON privtest_db.v1 TO 'privtest'@'localhost'
GRANT SELECT ON privtest_db.v2 TO 'privtest'@'localhost'
GRANT UPDATE ON privtest_db.v2 TO 'privtest'@'localhost'
SET @@global.slow_query_log = OFF
FLUSH SLOW LOGS
set @@sql_mode="ANSI"
SELECT -1<<1||1 AS a FROM DUAL
EXPLAIN EXTENDED SELECT -1||0+1 AS a FROM DUAL
SELECT -1^1||1 AS a FROM DUAL
EXPLAIN EXTENDED SELECT -1||0^1 AS a FROM DUAL
set default_storage_engine=default
cache index t1 partition (non_existing_partition) in my_cache
xa end 'xid'
create table t1 (f int, key(f)) engine=myisam
set global kc1.key_buffer_size = 65536
set debug_sync='assign_key_cache_op_unlock wait_for op_locked'
cache index t1 in kc1
SET SQL_WARNINGS=1
create table t1 (a int not null auto_increment,b int, primary key (a)) engine=myisam auto_increment=3
select _rowid,t1._rowid,skey,sval from t1
create table t1 (a char(10) not null, b int not null auto_increment, primary key(a,b))
insert into t1 values ("a",NULL),("b",NULL),("c",NULL),("e",NULL)
insert into t1 (a) values ('k'),('d')
insert into t1 (a) values ("a")
create table t1 (sid char(5), id int(2) NOT NULL auto_increment, key(sid,  id))
create table t2 (sid char(20), id int(2))
insert into t1 values (0)
create table t1 (i tinyint unsigned not null auto_increment, key (i))
insert into t1 values (NULL, 15)
insert into t1(a,b)values(0,3)
insert into t1(b)values(6)
update t1 set a=0 where b=12
update t1 set a=500 where b=14
set sql_mode=NO_AUTO_VALUE_ON_ZERO
set sql_mode= ''
alter table t1 modify b varchar(255)
SHOW CREATE TABLE `t1`
update t1 set a=2 where a=1
INSERT INTO t1 VALUES(0, 0)
insert into t1 values(null,0,0,null)
INSERT INTO t1 VALUES (18446744073709551601)
INSERT INTO t1 VALUES (NULL), (NULL), (NULL)
UPDATE t1 SET id=-1 WHERE id=1
INSERT INTO t1 (name) VALUES ('cat')
SET @engine='MyISAM'
create table t1 (pk int auto_increment primary key, f varchar(20))
load data infile 'load.data' into table t1
SET SESSION lock_wait_timeout = 1
backup stage start
CREATE TABLE t1 (col1 INT)stats_persistent=0, ENGINE = InnoDB
create table t1 (a int, key a (a))
drop table t1_innodb,t1_myisam
SET GLOBAL tx_read_only = 1
INSERT INTO t1_innodb SET col1 = 1
DROP TABLE t1_myisam
DROP TEMPORARY TABLE tmp
DROP TEMPORARY TABLE t_temporary_innodb
ALTER TABLE t_temporary_innodb ADD COLUMN col2 INT
CREATE OR REPLACE TABLE t1 (pk INT PRIMARY KEY, f INT)
SET STATEMENT max_statement_time=1 FOR backup stage block_ddl
CREATE TABLE t_permanent_myisam (col1 INT) ENGINE = MyISAM
CREATE TABLE t_con1_innodb (col1 INT) ENGINE = InnoDB
UPDATE t_permanent_innodb SET col1 = 1
UPDATE t_permanent_innodb SET col1 = 8
UPDATE t_permanent_aria2 SET col1 = 8
UPDATE t_permanent_innodb SET col1 = 9
SET DEBUG_SYNC='now WAIT_FOR ready'
create sequence seq1
SET STATEMENT max_statement_time=10 FOR CREATE OR REPLACE SEQUENCE seq1 START 50
drop table seq1,seq2
FLUSH TABLES t1 WITH READ LOCK
# Shouldn't trigger an assertion.\nDROP TABLE t1
LOCK TABLES t2 AS a2 WRITE
CREATE TABLE t (c INT)
LOCK TABLES v READ
select user,host from mysql.user where user='user1'
show grants for user1@localhost
drop database db1
drop user user1@localhost
DROP TABLE t_exists
SELECT LOCK_MODE, LOCK_TYPE, TABLE_SCHEMA, TABLE_NAME FROM information_schema.metadata_lock_info
ALTER TABLE t_permanent_innodb ADD COLUMN col2 INT
CREATE OR REPLACE VIEW v_some_view AS SELECT * FROM t_permanent_innodb
UPDATE t_permanent_innodb SET col1 = 3
UPDATE t_permanent_innodb SET col1 = 4
SET STATEMENT lock_wait_timeout=0 FOR UPDATE t_permanent_myisam SET col1 = 4
ALTER TABLE t_permanent_innodb ADD COLUMN col4 INT
DROP TABLE t_permanent_innodb
BACKUP LOG
BACKUP STAGE
BACKUP STAGE not_existing
set SQL_MODE=Oracle
select cast(9223372036854775808 as unsigned)+1
create table t1 ( a int not null default 1, big bigint )
insert into t2 values( 9223372036854775807, 4)
create table t1 (sint64 bigint not null)
DROP DATABASE IF EXISTS `scott`
insert ignore into t1 values (500), (-500), (~0), (-1)
insert into t1 values (17666000000000000000)
select c1 mod 50 as result from t1
SELECT * from t_bigint WHERE id = 1.1
SELECT * from t_bigint WHERE id IN (1.1, 2.2)
SELECT * from t_bigint WHERE id BETWEEN 1.1e0 AND 1.9e0
SELECT * from t_bigint WHERE id BETWEEN '1.1e0' AND '1.9e0'
SELECT * FROM t1 WHERE a IN (0.8,0.9)
create table t2 (name char(20) binary not null, primary key (name))
select * from t1 order by name
create table t1 (a char(10) not null, b char(10) binary not null,key (a), key(b))
select concat("-",a,"-",b,"-") from t1
select * from t1 where upper(b)='BBB'
select * from t1 where lower(b)='bbb'
create table t1 (col1 binary(4))
alter table t1 modify col1 binary(10)
INSERT INTO t1 SET a=unhex('1F9480179366F2BF567E1C4B964C1EF029087575')
INSERT INTO t1 VALUES (31, 'en', 'xxxxxxx')
CREATE TABLE `t` (\n  `a` varchar(3000) NOT NULL default '',\n  PRIMARY KEY  (`a`)\n) ENGINE=BLACKHOLE
SELECT IF(NULL AND 1, 1, 2), IF(1 AND NULL, 1, 2)
SELECT * FROM t1 where (1 AND a) IS NULL
set sql_mode='high_not_precedence'
select * from t1 where not a between 2 and 3
select ifnull(A, 'N') as A, ifnull(B, 'N') as B, ifnull(not A, 'N') as nA, ifnull(not B, 'N') as nB, ifnull(A and B, 'N') as AB, ifnull(not (A and B), 'N') as `n(AB)`, ifnull((not A or not B), 'N') as nAonB, ifnull(A or B, 'N') as AoB, ifnull(not(A or B), 'N') as `n(AoB)`, ifnull(not A and not B, 'N') as nAnB from t1
CREATE TABLE t (a INT) ENGINE=INNODB
explain extended\nselect 1 union ( select 1 union all select 1)
select 1 union select 1 union all select 1
show create view v1
INSERT INTO t1 VALUES (10)
(SELECT * FROM t1 UNION SELECT * FROM t1)
((SELECT a FROM t1) LIMIT 1)
((select 1) union (select 1) union (select 1))
INSERT INTO t2 VALUES (4),(5),(6),(7)
(SELECT a FROM t1  UNION SELECT a FROM t2) ORDER BY a DESC
insert into t1 values (10),(20),(30)
select * from ((t1 t)) where t.a > 5
((select * from t1))
(select a from t1 where a=1) order by 1 desc
(select * from t2 order by a limit 2) order by b desc
select a from t1 union all select a from t1
select a from t1 union select b from t2
((select a from t1 where a=1 union (select a from t1 where a=3)))
( ( select a from t1 where a <=3\n    except\n    select a from t1 where a >=3 )\n   union\n   select a from t1 where a=7 )
(select a from t1 limit 2) union select a from t1 where a=3 order by a desc
select a from t1 where a=1\nunion\nselect a from t1 where a=3\nunion\nselect a from t1 where a=2\nunion\nselect a from t1 where a=4
( select a from t1 where a=1\n  union\n  select a from t1 where a=3\n  union\n  select a from t1 where a=2 )\nunion\nselect a from t1 where a=4
( ( ( select a from t1 where a=1)\n    union\n    select a from t1 where a=3 )\n  union\n  select a from t1 where a=2 )\nunion\nselect a from t1 where a=4
select a from t1 where a=1\nunion\nselect a from t1 where a=3\nunion\nselect a from t1 where a=2\nunion\n(select a from t1 where a=4)
(values (3), (7), (1)) order by 1
(((values (3), (7), (1))) order by 1)
(values (3), (7), (1) limit 2) order by 1 desc
((values (3), (7), (1)) order by 1 desc) limit 2
values (3), (7), (1) except values (3), (4), (2)
(values (3), (7), (1) union values (3), (4), (2)) union values (5), (7)
(((values (3), (7), (1)) order by 1) limit 2)\nunion\n(((values (3), (4), (2)) order by 1 desc) limit 2)
(select a from t1 where a <=3 order by 1 limit 2)\nunion\n(values (3), (4), (2) order by 1 desc limit 2)
(((select a from t1 where a <=3) order by a) limit 2)\nunion\n(((values (3), (4), (2)) order by 1 desc) limit 2)\norder by a
( (((select a from t1 where a <=3) order by a) limit 2)\n  union\n  (((values (3), (4), (2)) order by 1 desc) limit 2) )\norder by a
(values (3), (4), (2) order by 1 desc limit 2)\nunion\n(select a from t1 where a <=3 order by 1 limit 2)
(values (3), (4), (2) order by 1 desc limit 2)\nunion\n((select a from t1 where a <=3) order by 1 limit 2)
(((values (3), (4), (2)) order by 1 desc) limit 2)\nunion\n(((select a from t1 where a <=3) order by 1) limit 2)
(((values (3), (4), (2)) order by 1 desc) limit 2)\nunion\n(((select a from t1 where a <=3) order by a) limit 2)\norder by 1
with t as (select * from t1 where a >=2 order by a limit 2)\nselect * from t
with t as (select * from t1 where a <=3)\n(select a from t) union (select b from t2)
with t as (select * from t1 where a < 3),\n     s as (select * from t1 where a > 3)\nselect a from t where a=1 union select a from s where a=7 order by a desc
select (b + (select 1)) as r from t2
select (select a from t1 where a <=3 order by a desc limit 1) as r from t2
select\n( select a from t1 where a<3  union select a from t1 where a>4\n  order by a desc limit 1 ) as r\nfrom t1
select\n( with t as (select * from t1 where a <=3)\n  select a from t limit 1) + t2.b as r\nfrom t2
select\n( with t as (select * from t1 where a <=3)\n  select a from t limit 1) + 100 as r\nfrom t2
select\n( with t as (select * from t1 where a <=3)\n  select a from t limit 1) + (select 100) as r\nfrom t2
select\n( with t as (select * from t1 where a <=3)\n  select a from t limit 1) + t2.b + (select 100) as r\nfrom t2
select\n( with t as (select * from t1 where a <=3)\n  select a from t limit 1 ) + (t2.b + (select 100)) as r\nfrom t2
select a from t1\nwhere a in ((select a from t1 where a<=2) union select a from t2 where b>40)
with t as (select a from t1 where a<=2)\nselect a from t1\nwhere a in ((select a from t) union (select a from t2 where b>40))
with t as ((select a from t1 where a<=2) order by a desc limit 1)\nselect a from t1\nwhere a in ((select a from t) union (select a from t2 where b>40))
with t as ((select a from t1 where a<=2) order by a desc limit 1)\nselect a from t1\nwhere a not in ((select a from t) union (select a from t2 where b>40))
select b, if (a in (select a from t1 where a > 3),10,20) as r from t2
select b, f1(a) from t2 where b > 20
drop function f1
select a from t1 where a = any((select a from t2 where a <= 3))
create table t as (select * from t1 where a <=3)
create table t (select * from t1 where a <=3)
create table t as ((select * from t1 where a <=3))
create table t ((select * from t1 where a <=3))
create table t(a decimal(10,2)) select * from t1 where a <=3
create table t(a decimal(10,2)) (select * from t1 where a <=3)
create table t(a decimal(10,2)) as ((select * from t1 where a <=3))
create table t(a decimal(10,2)) ((select * from t1 where a <=3))
create table t as ((values (7), (3), (8)))
create table t as\nwith s as\n( (select * from t1 where a <=4 order by 1 desc limit 2)\n  union\n  values (3), (8), (7) )\nselect * from s
create table t\nwith s as\n( (select * from t1 where a <=4 order by 1 desc limit 2)\n  union\n  values (3), (8), (7) )\nselect * from s where a>=7 union select a from t2 where b<40
create table t\nwith s as\n( (select * from t1 where a <=4 order by 1 desc limit 2)\n  union\n  values (3), (8), (7) )\nselect * from s where a>=7 union select a from s where a<4
create table t\nwith s as\n( select * from t1 where a <=4 or a=7 )\nselect * from s where a>=7 union select a from s where a<3\norder by a desc limit 2
insert into t(c) (select t2.a from t2 where a <=3)
insert into t select 10,20 union select 70,80
insert into t(c) values (7), (3), (8)
insert into t(c) (values (7), (3), (8))
insert into t(c)\nwith s as\n( (select a from t2 where a <=4 order by 1 desc limit 2)\n  union\n  values (3), (8), (7) )\nselect * from s
insert into t\nwith s as\n( select * from t2 where a <=4 or a=7 )\nselect * from s where a>=7 union select * from s where a<3
select * from (select a from t1 order by t1.a) as dt
select * from\n((select * from t2 order by t2.a limit 2) order by b desc) dt
select * from\n((select a from t1) union (select b from t2)) as dt
select * from\n( ( select a from t1 where a <=3 except select a from t1 where a >=3 )\n  union\n  select a from t1 where a=7 ) as dt
select * from\n( ( select a from t1 where a=1\n    union\n    select a from t1 where a=3 )\n  order by 1 desc ) as dt
select * from\n( ( (select a from t1 where a=1\n     union\n     select a from t1 where a=3) ) order by 1 desc ) as dt
select * from\n( ( select a from t1 where a=1\n    union\n    select a from t1 where a=3\n    union\n    select a from t1 where a=2 )\n  union\n  select a from t1 where a=4 ) as dt
select * from\n(((values (3), (7), (1)))) as dt
select * from\n( (values (3), (7), (1)) order by 1 limit 2 ) as dt
select * from\n( (((values (3), (7), (1)) order by 1 desc) limit 2) ) as dt
select * from\n( values (3), (7), (1) union values (3), (4), (2) ) as dt
select * from\n( values (3), (7), (1) except values (3), (4), (2) ) as dt
select * from\n( (values (3), (7), (1)) union (values (3), (4), (2)) ) as dt
select * from\n( (values (3), (7), (1)\n  union\n  ((values (3), (4), (2)\n    union values (5), (7)))) ) dt
select * from\n( values (3), (7), (1) union (values (3), (4), (2)) order by 1 ) as dt
select * from\n( (values (3), (7), (1) order by 1 limit 2)\n  union\n  (values (3), (4), (2) order by 1 desc limit 2) ) as dt
select * from\n ( ( (((select a from t1 where a <=3) order by a) limit 2)\n   union\n   (((values (3), (4), (2)) order by 1 desc) limit 2) ) ) dt
select * from\n( ((select a from t1 where a <=3) order by 1 limit 2)\n  union\n  (values (3), (4), (2) order by 1 desc limit 2)\n  order by a ) as dt
select * from\n( with t as (select * from t1 where a <=3)\n  (select * from t) order by a ) as dt
select * from\n( with t(a) as\n  ( values (2), (1)\n    union\n    (values (4), (7))\n    order by 1 desc limit 3 )\n  select a from t1 where a=4\n  union select a from t where a=7\n  order by a desc ) as dt
create view v1(c) as\nselect 2*a from t1
create view v1 as\n(select a from t1 where a=1) union select a from t1 where a=3
create view v1 as\n( ( select a from t1 where a!=3 order by a desc limit 3)\n  union\n  select a from t1 where a=3 )
create view v1 as\nselect a from t1 where a=1\nunion\n( select a from t1 where a=3\n  union\n  ( select a from t1 where a=2\n    union\n    ( select a from t1 where a=4 ) ) )
create view v1 as\n( ( select a from t1 where a >= 2\n    union\n    select a from t1 where a=1 order by a desc limit 2 )\n  union\n  select a from t1 where a=3  order by a limit 2 )\nunion\nselect a from t1 where a=1
create view v1 as\nwith t as\n( (select * from t1 where a < 3)\n  union\n  (select * from t1 where a > 3)\n  order by a desc limit 3 )\n(select a from t where a=4 union select a from t where a=7 order by a desc)
create view v1 as\nwith t(a) as (values (2), (1)) select a from t
create view v1 as\nwith t as (select * from t1 where a < 3),\n     s as (select * from t1 where a > 3)\nselect a from t where a=1 union select a from s where a=7 order by a desc
create view v1 as\nwith t as (select * from t1 where a < 3),\n     s as (select * from t where a > 3)\nselect a from t where a=1 union select a from s where a=7 order by a desc
create table t10 (c1 int)
select @count_read_after-@count_read_before
drop database show_table_lw_db
CREATE TABLE t3 (\n  `FTS_DOC_ID` bigint(20) unsigned NOT NULL,\n  `col577` datetime DEFAULT NULL,\n  `col579` bit(38) NOT NULL,\n  `col580` varchar(93) NOT NULL,\n  `col581` datetime DEFAULT NULL,\n  `col583` geometry DEFAULT NULL,\n  `col584` bit(47) NOT NULL\n)
DROP TABLE  t1, t2, t3
REPLACE INTO t2 VALUES (-91)
GRANT ALL PRIVILEGES ON db1.* TO user1@localhost
INSERT INTO db1.t1 VALUES (1)
CREATE TABLE t1 (a int, unique (a), b int not null, unique(b), c int not null, index(c))
BEGIN
insert t1 values ('2000-01-02'), ('2001-02-03'), ('2002-03-04')
select (CASE "two" when "one" then 1.00 WHEN "two" then 2.00 END) +0.0 as exp
select case when 1>0 then "TRUE" else "FALSE" END as exp
select case a when 1 then 2 when 2 then 3 else 0 end as fcase, count(*) from t1 group by fcase
explain extended select case a when 1 then 2 when 2 then 3 else 0 end as fcase, count(*) from t1 group by fcase
CREATE TABLE t1 SELECT COALESCE('a' COLLATE latin1_swedish_ci,'b' COLLATE latin1_bin)
create table t1(a float, b int default 3)
CREATE TABLE t2 (EMPNUM DECIMAL (4, 2))
set @@sql_mode=''
CREATE TABLE t1 SELECT CASE WHEN TRUE THEN COALESCE(CAST(NULL AS UNSIGNED)) ELSE 4 END AS a
SELECT * FROM t1 WHERE CASE a WHEN 1 THEN 1 ELSE 0 END
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE CASE a WHEN 1 THEN 1 ELSE 0 END AND a='5'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE CASE a WHEN '100' THEN 1 ELSE 0 END AND a=3
insert t1 values (100000), (102030), (203040)
EXECUTE stmt
INSERT INTO t1 VALUES ('a'),('b'),('c')
EXPLAIN EXTENDED SELECT * FROM t1 WHERE a='a' AND CASE 'a' WHEN 'a' THEN 'a' ELSE a END='a'
SELECT * FROM t1 WHERE\n  CASE      a WHEN b THEN 1 END=1 AND\n  CASE WHEN a THEN b ELSE 1 END=3
select case 'X' when 1/0 then 1 when 'X' then 2 else 3 end
create table avg_calc_test (\n  id int(11) not null auto_increment,\n  name varchar(255) default null,\n  primary key (id)\n) auto_increment=1 default charset=latin1
create or replace table t1 as\n  select\n    avg(least(1,2)) as metric_val\n  from avg_calc_test
select cast(20010203101112.121314 as datetime) as exp
select cast(cast(20010203101112.5 as double) as datetime(1)) as exp
select cast("2011-02-03 10:11:12.123456" as time) as exp
select cast(cast("2011-04-05 8:46:06.123456" AS datetime) as time) as exp
select cast(cast("2011-04-05 8:46:06.123456" AS datetime(6)) as time(6)) as exp
select cast("A" as binary) = "a", cast(BINARY "a" as CHAR) = "A"
select CONVERT("2004-01-22 21:45:33",DATE)
select CAST(0xfffffffffffffffe as signed)
select cast('a10' as unsigned integer)
select cast(-1000 as double(5,2))
select cast(cast(1.1 as decimal) as datetime)
select cast(cast(-1.1 as decimal) as datetime)
select cast('' as date)
select cast('0' as datetime)
select cast('0' as time)
select cast(1 as decimal(66,6))
set names binary
create table t1 (a binary(4), b char(4) character set koi8r)
select timediff(cast('2004-12-30 12:00:00' as time), '12:00:00')
select cast(repeat('1',20) as signed)
select cast(@v1 as decimal(22, 2))
select cast(s1 as decimal(7,2)) from t1
INSERT INTO t1 VALUES (127)
SELECT CONVERT('a', BINARY(2049))
CREATE TABLE t1 (a VARCHAR(50))
select cast(cast("2101-00-01 02:03:04" as datetime) as time)
insert into t1 values ('11:22:33','2011-12-13','2011-12-13 11:22:33')
SET SQL_MODE=ALLOW_INVALID_DATES
create table t1 (a int, b char(5) as (cast("a" as char(10) binary) + a) )
select collation(cast("a" as char(10) binary))
CALL p1('FFFFFFFFFFFFFFFF')
CALL p1('800000000000FFFF')
CALL p1('8000000000FFFFFF')
CALL p1('80000000FFFFFFFF')
CREATE OR REPLACE TABLE t1 (a VARCHAR(1))
CREATE OR REPLACE TABLE t1 (a VARCHAR(3))
CREATE OR REPLACE TABLE t1 (a VARCHAR(10))
INSERT INTO t1 VALUES (9999999999999999999e0)
SELECT CAST(-1.0 AS UNSIGNED)
INSERT INTO t1 VALUES (-1e0)
SELECT CAST(TIME'-00:00:01.123' AS UNSIGNED)
CREATE TABLE t1 (a DECIMAL(30,1) UNSIGNED)
CREATE USER 'user1'@'%' REQUIRE SSL
grant select on test.* to test_nopw
SELECT @@session.sql_big_selects
select now()
create table t1(n int not null, key(n), key(n), key(n), key(n))
create user global_level_priv
insert into t1 values (100,100)
insert into t1 values (20,1)
insert into t1 values (500,500)
insert into t1 values (101,101),(102,102),(600,600),(103,103)
alter table t1 add c int default 0 check (c < 10)
alter table t2 drop constraint c
insert into t1 (datecol) values (now())
set sql_auto_is_null=1
ALTER TABLE t1 DROP COLUMN b
ALTER TABLE t1 DROP COLUMN a, DROP COLUMN b
create or replace table t1 (d year check (d > "a"))
create or replace table t1 (d real check (d > "a"))
insert into t1 values (0.1)
CREATE TABLE t3 (a INT, CONSTRAINT c1 CHECK (a > 0),\n  CONSTRAINT c1 CHECK (a < 100))
ALTER TABLE t7 RENAME COLUMN a TO new_a
CREATE TABLE t9 (a INT, CHECK (a > 0))
SHOW CREATE TABLE t9
DROP TABLE t9
show status like 'Opened_views'
INSERT INTO t1 VALUES(REPEAT('a', 254))
INSERT INTO t1 VALUES(REPEAT('a', 256))
INSERT INTO t1 VALUES(REPEAT(' ', 65532))
INSERT INTO t1 VALUES(REPEAT(' ', 65533))
CREATE TABLE t1(a VARCHAR(0) COMPRESSED)
SELECT LEFT(a, 10), LENGTH(a) FROM t1
CREATE TABLE t1 (a NVARCHAR(10) COMPRESSED)
ALTER IGNORE TABLE t1 MODIFY a VARCHAR(81) COMPRESSED CHARACTER SET utf8mb3
ALTER IGNORE TABLE t1 MODIFY a VARCHAR(256) COMPRESSED CHARACTER SET utf8mb3
ALTER TABLE t1 FORCE, ALGORITHM=COPY
CREATE TABLE t1 (a VARCHAR(1000) COMPRESSED, FULLTEXT INDEX(a))
create table t1 (c text compressed)
insert into t1 values ('foo'),(repeat('a',55000))
create table t2 as select group_concat(c order by 1), concat(c), c from t1
create table t1 (pk int not null, b1 blob compressed, v1 varbinary(100))engine=innodb
insert into t1 values ('foo'),('bar'),('foo')
create table t1 (f1 varchar(8)) charset=eucjpms collate=eucjpms_nopad_bin
create table t2 (f2 varchar(8) compressed) charset=eucjpms collate=eucjpms_nopad_bin
create table t4 like t
CREATE TABLE t (c VARCHAR(255) COMPRESSED)
UPDATE t SET c=MID(c,2,4)
SELECT i,SUBSTRING(a,1,10) FROM t1 PARTITION (p2) ORDER BY i
SELECT i,SUBSTRING(a,1,10) FROM t1 where (a>'m') ORDER BY i
INSERT INTO t1 VALUES (REPEAT('b',100),11)
INSERT INTO t1 VALUES (REPEAT('a',100),23),(REPEAT('v',100),123),(REPEAT('z',100),24),(REPEAT('k',100),124)
CREATE TABLE t1 (a BLOB COMPRESSED default 5,i int)
SELECT comment,index_comment,char_length(index_comment) FROM information_schema.statistics WHERE table_name='t1'
ALTER TABLE t1 DROP COLUMN c1
ALTER TABLE t1 ADD COLUMN c56 INTEGER COMMENT 'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij'
ALTER DATABASE db1 COMMENT = "db1 comment"
CREATE DATABASE comment COMMENT 'comment' CHARACTER SET 'latin2'
SHOW CREATE DATABASE comment
ALTER TABLE t1 ADD INDEX (c6) COMMENT 'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd'
SELECT 1 /*M!50999 +1*/
select 1/*!2*/
prepare bar from "DELETE FROM table_28779 WHERE a = 7 OR 1=1/*!998765' AND b = 'bar';"
CREATE TABLE t1 (s1 INT) ENGINE=InnoDB
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED
SELECT COUNT(*) FROM t1 WHERE s1 = 1001
COMMIT AND CHAIN
INSERT INTO t1 VALUES (1002)
SELECT COUNT(*) FROM t1 WHERE s1 = 1002
START TRANSACTION READ WRITE, WITH CONSISTENT SNAPSHOT
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE
SET GLOBAL TRANSACTION READ ONLY
SET GLOBAL TRANSACTION READ WRITE
RENAME TABLE temp_t2 TO temp_t3
INSERT INTO temp_t2 VALUES (1), (2)
CREATE FUNCTION f1() RETURNS INT\nBEGIN\n  DELETE FROM t1;\n  RETURN 1;\nEND
CREATE PROCEDURE p2() DELETE FROM temp_t2
CREATE VIEW v1 AS SELECT a FROM t1
INSERT INTO t1 (only) values (1)
XA PREPARE 'test1'
SELECT @@autocommit
explain select * from t1 where id=000000000001
SELECT 'a\\t' < 'a'
SELECT hex(a),STRCMP(a,'a'), STRCMP(a,'a ') FROM t1
insert into t1 values (0x01,0x01)
INSERT INTO t1 (b,c) VALUES (1,2), (1,1), (2,2)
EXPLAIN EXTENDED \nSELECT a, \n  (SELECT COUNT(*) FROM t1 \n   WHERE b = t2.a AND CONCAT(b,c) = CONCAT('0',t2.a,'01')) x \nFROM t2 ORDER BY a
CREATE TABLE t1(a INT ZEROFILL)
select * from t1 where a>="aaa"
explain select * from t1 where a="aaa"
CALL mysqltest1.sp1()
begin not atomic select @@sql_mode; end
SET GLOBAL innodb_lock_wait_timeout = 1
SET GLOBAL tx_isolation = @save_isolation
SELECT database()
SHOW STATUS LIKE 'max_used_connections'
DROP USER 'O1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567'@'localhost'
SHOW GLOBAL STATUS LIKE 'Aborted_connects%'
SET GLOBAL log_warnings=2
set global debug_dbug='+d,simulate_failed_connection_1'
set global thread_cache_size=@old_thread_cache_size
set global debug_dbug='+d,auth_invalid_plugin'
CREATE TABLE t1 (a INT) ENGINE=innodb
# if consistent snapshot was not set, as expected, we\nCOMMIT
alter table t1 add constraint unique key_1(a)
create table t_illegal (a int, b int, constraint abc check a>b)
CREATE TABLE long_enough_name (\npk int(11) NOT NULL,\nf1 int(11) DEFAULT NULL,\nf2 int(11) NOT NULL,\nf3 int(11) DEFAULT NULL,\nf4 timestamp NOT NULL DEFAULT current_timestamp(),\nf5 varchar(32) COLLATE utf8_bin NOT NULL DEFAULT 'foo',\nf6 smallint(6) NOT NULL DEFAULT 1,\nf7 int(11) DEFAULT NULL,\nPRIMARY KEY (pk),\nKEY idx1 (f7),\nKEY idx2 (f1),\nKEY idx3 (f2),\nKEY idx4 (f3),\nCONSTRAINT constr CHECK (f6 >= 0)\n)
SHOW CREATE TABLE long_enough_name
DROP TABLE long_enough_name
SET @@SQL_MODE=@OLD_SQL_MODE
alter table t1 add column b int
drop procedure sp
PREPARE stmt FROM 'CREATE TABLE t1 (a INT)'
SHOW CONTRIBUTORS
create table t2 (isbn varchar(21) not null, author text, title text, primary key (isbn))
insert into t2 values ('007','BerkAuthor','Cool.Berkley.the.book')
insert into t3 values('004','New York Public Libra','5')
insert into t3 values('005','New York Public Libra','6')
insert into t1 values ('Berkeley Public1','Berkeley')
drop table t1, t2, t3
create table t1 (a char(3), b char(20), primary key (a, b))
alter table t1 modify user_id char(128) character set utf8
create table t (a int,b date,primary key(a,b))
select count(distinct n2) from t1
create table t1 (n int default NULL)
INSERT INTO t1\nSELECT A.id, A.grp, A.id_rev\nFROM \n  t1 A,\n  (SELECT * FROM t1 B LIMIT 100) B,\n  (SELECT * FROM t1 Z LIMIT 42) Z
SELECT COUNT(DISTINCT id) FROM t1 GROUP BY grp
create table not_existing_database.test (a int)
create table t1 (a varchar(5) default 'abcdef')
insert into 1ea10 values(1,1)
drop database if exists mysqltest
create table t1 (i int, index `` (i))
create table t1 (a int auto_increment not null primary key, B CHAR(20))
create table t2 (b int) select a as b, a+1 as b from t1
CREATE TABLE t2 (primary key(a)) SELECT * FROM t1
create table t1 (a int not null, b int, primary key(a), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b), key (b))
create table t1 select if('2002'='2002','Y','N')
SET SESSION default_storage_engine="heap"
insert into t1 values (NULL, NULL)
create table `t1 `(a int)
create table t1(`a ` int)
create table t1 (a int,,b int)
create table t2 (b int, foreign key(b) references t1(a), key(b))
create table if not exists t3 like t1
create table t4 like non_existing_table
create table t1(a int,b int,c int unsigned,d date,e char,f datetime,g time,h blob)
insert into t1(a)values(1)
create table t2(name varchar(10), age smallint default - 1)
CREATE TABLE t1(id varchar(10) NOT NULL PRIMARY KEY, dsc longtext)
create table t1 (b bool not null default false)
SELECT * FROM t12913
DROP TABLE t12913
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\ncreate table t1 ( \n  a varchar(12) charset utf8 collate utf8_bin not null, \n  b int not null, primary key (a)\n) select a, 1 as c from t2
alter table t1 max_rows=100000000000
create table t1 (primary key(a)) select "b" as b
create table if not exists t3 select * from t1
create user mysqltest_1@'test@test'
CREATE TABLE t2 (primary key (a)) select * from t1
CREATE TEMPORARY TABLE t2 (primary key (a)) select * from t1
CREATE TABLE t2 (a int, b int, primary key (a))
INSERT INTO t2 SELECT * FROM t1
create table t2 as select f1() from t1
create table t1 like information_schema.processlist
create temporary table t1 like information_schema.processlist
ALTER TABLE t1 ADD INDEX(c1)
ALTER TABLE t3 ADD INDEX(c1)
INSERT INTO t1 VALUES()
create table `me:i`(id int)
select * from `t-1`
alter table t1 rename `t-1`
CREATE TABLE B (\n  pk INTEGER AUTO_INCREMENT,\n  int_key INTEGER NOT NULL,\n  PRIMARY KEY (pk),\n  KEY (int_key)\n)
CREATE TEMPORARY TABLE t1 (a INT)
CREATE TEMPORARY TABLE t4 (a INT)
DROP TABLE t1, t3, t4
CREATE TEMPORARY TABLE t2 (ID INT)
SHOW CREATE TABLE v1
create table if not exists t1 (a int) select 1 as a
create temporary table t1 (a int) select 2 as a
create table if not exists t1 (a int) select 3 as a
create temporary table if not exists t1 select 2 as a
create temporary table if not exists t1 select 3 as a
create temporary table if not exists t1 (a int) select 3 as a
create view t1 as select a + 5 as a from t2
update t1 set a=3 where a=2
create table t1 (a int) select 1 as b, 2 as c
create table if not exists t1 (a int, b date, c date) select 1 as b, 2 as c
create table if not exists t1 (a int, b date, c date) \n  replace select 1 as b, 2 as c
create table t1 like t2
create table t1 (\n  n int,\n  c char(32) as (convert(cast(n as char), char)) persistent\n)
create table t1
CREATE TABLE t1 ( id1 INT, id2 INT, CONSTRAINT `foo` PRIMARY KEY (id1), CONSTRAINT `bar` UNIQUE KEY(id2))
create table t2 as select if(c1 = '#', c1 = 0, c1) as c1 from t1
SET NAMES DEFAULT
CREATE TABLE t1 (a VARCHAR(8) CHARSET latin1, b VARCHAR(8) DEFAULT (IFNULL(_latin1'x', _swe7'y'))) CHARSET utf8
CREATE TABLE t1 (a VARCHAR(8) CHARSET latin1, b VARCHAR(8) DEFAULT (NVL2(1, _latin1'x', _swe7'y'))) CHARSET utf8
DROP FUNCTION IF EXISTS f1
DROP FUNCTION metaphon
CREATE SERVER IF NOT EXISTS s1 FOREIGN DATA WRAPPER mysql OPTIONS (USER 'root', HOST 'localhost', DATABASE 'test')
CREATE OR REPLACE ROLE r1
DROP USER u1@localhost
CREATE OR REPLACE EVENT ev1 ON SCHEDULE EVERY 1 SECOND DO DROP TABLE IF EXISTS t2
CREATE TRIGGER IF NOT EXISTS tr1 BEFORE INSERT ON t1 FOR EACH ROW SET NEW.a=21
CREATE OR REPLACE INDEX i1 ON t1(a)
CREATE TABLE db1.t1 (a INT)
SET GLOBAL event_scheduler=off
SET timestamp=UNIX_TIMESTAMP('2014-09-30 08:00:00')
SELECT * FROM mysql.proc WHERE name like 'f1'
CREATE FUNCTION IF NOT EXISTS f1(str char(20))\nRETURNS CHAR(100)\nRETURN CONCAT('Hello3, ', str, '!')
CREATE OR REPLACE FUNCTION IF NOT EXISTS f1(str char(20))\nRETURNS CHAR(100)\nRETURN CONCAT('Hello4, ', str, '!')
CREATE OR REPLACE FUNCTION f1(str char(20))\nRETURNS CHAR(100)\nRETURN CONCAT('Hello5, ', str, '!')
CREATE FUNCTION IF NOT EXISTS f1(str char(20))\nRETURNS CHAR(100)\nRETURN CONCAT('Hello6, ', str, '!')
CREATE OR REPLACE FUNCTION sp1_thisisaveryverylongnamelongnameverylongname_thisisaveryverylongname234872934(a INT) RETURNS INT RETURN 0
SET GLOBAL log_bin_trust_function_creators=1
SELECT * FROM mysql.roles_mapping WHERE Role='role1'
CREATE ROLE IF NOT EXISTS role1 WITH ADMIN user4
SET ROLE NONE
CREATE OR REPLACE USER foo IDENTIFIED WITH non_existing_plugin
SELECT server_name, username, db FROM mysql.servers
CREATE TABLE t1 (val INT)
CREATE TRIGGER IF NOT EXISTS val_sum_new BEFORE INSERT ON t1 FOR EACH ROW SET @sum = @sum + NEW.val
SELECT plugin,authentication_string FROM mysql.user WHERE user='u1'
CREATE USER u1
INSERT INTO t1 VALUES (50), (80), (3), (2), (40)
INSERT INTO t2 VALUES(1),(2),(3)
CREATE OR REPLACE TEMPORARY TABLE t1 (a int, b int)
LOCK TABLES t1 write
CREATE OR REPLACE TEMPORARY TABLE t1 (b int) SELECT * from t2
CREATE OR REPLACE TABLE t1 (a int, b int, c int)
INSERT INTO t1 values(1,1,1)
INSERT INTO t1 values(1,1,1,1)
LOCK TABLES t1 write,t2 write, t1 as t1_read read
select LOCK_MODE,LOCK_TYPE, TABLE_SCHEMA,TABLE_NAME from information_schema.metadata_lock_info
create or replace table test.t1
drop table test.t1,mysqltest2.t2
drop table test.t1
lock tables t1 write, t2 read
CREATE OR REPLACE TEMPORARY TABLE t3 like t1
CREATE OR REPLACE TEMPORARY TABLE t3 like t3
CREATE OR REPLACE TABLE t1 (i INT)
CREATE TEMPORARY TABLE t2(a INT)
CREATE OR REPLACE TABLE t LIKE tm
SET GLOBAL innodb_stats_persistent=@save_persistent
CREATE OR REPLACE TEMPORARY TABLE tmp (a int, b int, key(a)) engine=myisam
CREATE OR REPLACE TABLE t1 LIKE tmp
GRANT ALL ON db1.* TO mysqltest_1@localhost
REVOKE DELETE ON mysql.* FROM mysqltest_1@localhost
CREATE OR REPLACE ROLE developer
INSERT INTO t1 VALUES (1),(2),(1)
CREATE TEMPORARY TABLE t2 ( PRIMARY KEY (a) ) ENGINE=MYISAM SELECT a FROM t1
alter table t1 character set = utf8
create table t2 (select i as a,j from t1)
create user foo identified by 'password' require SUBJECT 'subject'
create user foo with MAX_QUERIES_PER_HOUR 10\n                     MAX_UPDATES_PER_HOUR 20\n                     MAX_CONNECTIONS_PER_HOUR 30\n                     MAX_USER_CONNECTIONS 40
create database имя_базы_в_кодировке_утф8_длиной_больше_чем_45
create table имя_таблицы_в_кодировке_утф8_длиной_больше_чем_48\n(\n  имя_поля_в_кодировке_утф8_длиной_больше_чем_45 int,\n  index имя_индекса_в_кодировке_утф8_длиной_больше_чем_48 (имя_поля_в_кодировке_утф8_длиной_больше_чем_45)\n)
select TABLE_NAME from information_schema.views where\ntable_schema='test'
show create view имя_вью_кодировке_утф8_длиной_больше_чем_42
create trigger\nочень_очень_очень_очень_очень_очень_очень_очень_длинная_строка_66\nbefore insert on имя_таблицы_в_кодировке_утф8_длиной_больше_чем_48 for each row set @a:=1
drop view имя_вью_кодировке_утф8_длиной_больше_чем_42
alter table t1 add key \n a129_long_123456789_123456789_123456789_123456789_123456789_1234 (\n  c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12,c13,c14,c15,c16)
create table t1 (\n  mb3name varchar(32),\n  mb3 varchar(32) collate utf8mb3_general_ci,\n  key(mb3)\n)
explain select * from t1 force index (mb3) where t1.mb3='abc'
explain select * from t1 force index (mb3) where t1.mb3 in ('abc','cde','xyz')
explain select * from t1 force index (mb3) where t1.mb3='😊'
explain format=json\nselect * from t10,t1 where t10.mb4=t1.mb3
select * from t10,t1 use index() where t10.mb4=t1.mb3
explain format=json\nselect * from t10,t1 where t10.mb4<=>t1.mb3
explain format=json\nselect * from t10, t1 where (t1.mb3=t10.mb4 or t1.mb3='hello') and t10.pk=3
create table t1 (from_ bit(3), to_ bit(3), load_ text)
WITH RECURSIVE cte (depth, from_, to_, load_) as (\n   SELECT 0,1,1,"A"\n   UNION\n   SELECT depth+1, t1.from_, t1.to_, t1.load_\n      FROM t1, cte WHERE t1.from_ = cte.to_\n) CYCLE from_, to_, load_ RESTRICT\nselect * from cte
create user mysqltest_1@localhost
create table mysqltest.t1 (a int, b int)
insert into t1\n  values (3), (7), (1), (4), (2), (3), (1)
insert into t2\n  values (3,10), (7,11), (1,17), (4,15), (2,11), (3,10), (1,15)
with t as (select a from t1 where a<5)\n  select * from t2 where c in (select a from t)
explain\nwith t as (select * from t1 where b >= 'c')\n  select * from t as r1, t as r2 where r1.a=r2.a
explain\nselect * from t2, \n              (select a from t1 where b >= 'f' \n               union\n               select c as a from t2 where c < 4) as t \n where t2.c=t.a
explain\nselect t1.a,t1.b from t1,t2\n  where t1.a>t2.c and\n        t2.c in (select t2.c\n                   from t2,(select * from t1 where t1.a<5) as t\n                   where t2.c=t.a)
explain\nselect *\n  from t1, \n       (with t as (select a from t1 where b >= 'c') \n          select * from t2,t where t2.c=t.a) as tt\n  where t1.b > 'f' and tt.a=t1.a
explain\nselect * from v1
create view v3 as\nwith t(c) as (select a from t1 where b >= 'c')\nselect * from t r1 where r1.c=4
show create view v3
with t(f1,f1) as (select * from t1 where b >= 'c') \n  select * from t2,t where t2.c=t.f1
with t as (select a from s where a<5),\n     s as (select a from t1 where b>='d')\n  select * from t,s where t.a=s.a
with recursive\n     t as (select * from s where a>2),\n     s as (select a from t1,r where t1.a>r.c), \n     r as (select c from t,t2 where t.a=t2.c) \n  select * from r where r.c<7
with t as (select count(*) from t1 where d>='f' group by a)\n  select t1.b from t2,t1 where t1.a = t2.c
with t as (select count(*) from t1 where b>='f' group by a)\n  select t1.b from t2,t1 where t1.a = t2.c
create table ten(a int primary key)
insert into ten values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)
create table one_k(a int primary key)
drop table ten, one_k
SELECT * FROM (WITH a AS (SELECT * FROM t1) SELECT 1) AS t1
explain SELECT * FROM (WITH a AS (SELECT * FROM t1) SELECT * FROM t2 NATURAL JOIN t3) AS d1
INSERT INTO t3 VALUES (2),(6)
SELECT * FROM t1, t2 WHERE a2 = i1 and b2 >= i1 AND i1 IN ( SELECT i3 FROM t3 )\nUNION\nSELECT * FROM t1, t2 WHERE a2 = i1 and b2 >= i1 AND i1 IN ( SELECT i3 FROM t3 )
INSERT INTO t1 VALUES (1,'foo')
create view v2 as\nwith t as (select s.a from (select t1.a from t1) s),\n     r as(select t.a from t2, t where t2.b=t.a)\n select a from t1
CREATE TABLE t1 (id int, k int)
insert into t1 values (3), (2), (4), (7), (1), (2), (5)
SELECT * FROM cte_test
select * from nation n ,region r\n  where n.n_regionkey = r.r_regionkey and\n        r.r_regionkey in\n        (with t as (select * from region where r_regionkey <= 3 )\n           select r_regionkey from t where r_name <> "ASIA")
show create view v
WITH cte(a) AS (SELECT 1 UNION ALL SELECT 1) SELECT a FROM cte
use db_mdev_16473
with cte as (select 1 as a) select * from cte
set @a=5
prepare stmt from "\nwith cte(c) as (select ? ) select c from cte union select c+10 from cte;\n"
use information_schema
with cte(a) as\n(select 1 as d union select 2 as d)\nselect a from cte as r1\nunion\nselect a from cte as r2
create function f3() returns int return\n( with cte1 as (select c1 from t1)\n  select\n  case\n    when exists(select 1 from cte1 where c1 between 1 and 2) then 1\n    when exists(select 1 from cte1 where c1 between 5 and 6) then 2\n    else 0\n  end\n)
select f3()
create function f6() returns int return\n(select s from v2)
drop view v2
with cte3 as\n( with cte2(a,b) as\n  ( with cte1 as (select * from t1 where c1 <= 2)\n    select * from cte1 as s1, cte1 as s2 where s1.c1=s2.c1)\n  select r1.a,r2.b from cte2 as r1, cte2 as r2)\nselect * from t2
create procedure sp1 ()\nwith cte as (select 1 as a) select * from cte
drop procedure sp1
insert into t1 values (5), (7)
with cte_e as (\n  with recursive cte_r as (\n    select a from t1 union select a+1 as a from cte_r r where a < 10\n  ) select * from cte_r\n) select * from cte_e
drop function g
select * from tmp
delete t1 from t1, t2\n  where t1.a=t2.b or\n        t1.a in (with cte(a) as (select b+1 from t2) select * from cte)
CREATE TABLE t4 (col1 int, col2 date)
INSERT INTO t1 VALUES (3), (7), (9), (1)
CREATE PROCEDURE SP2(IN d date)\nBEGIN\nDECLARE p_var2 varchar(16);\nSET p_var2='AAA';\nWITH cte_first(col) AS\n(\n  SELECT DISTINCT col4\n  FROM t1, t2\n  WHERE t2.col1 = t1.col1 AND t2.col2 = d AND t2.col3 = p_var2\n),\ncte2 AS\n(\n  SELECT DISTINCT col2\n  FROM t3\n  WHERE col1 IN ( SELECT col FROM cte_first )\n),\ncte3 AS (\n  SELECT distinct t4.col1\n  FROM cte2, t4\n  WHERE t4.col2 = cte2.col2 AND t4.col1 IN ( SELECT col FROM cte_first )\n)\nSELECT * FROM cte3;\nEND
SELECT * FROM tt
DROP PROCEDURE SP2
with data as (select 1 as id)\nselect id into @myid from data
execute st
create table distances (src char(1), dest char(1), distance int)
USE db
CREATE TABLE t2 (a int) ENGINE=MYISAM
DROP DATABASE db
with recursive\na1(a,b) as\n(select * from t1 where t1.a>3\nunion\nselect * from b1 where b1.a >3\nunion\nselect * from c1 where c1.a>3),\nb1(a,b) as\n(select * from a1 where a1.b > 'ccc'\nunion\nselect * from c1 where c1.b > 'ddd'),\nc1(a,b) as\n(select * from a1 where a1.a<6 and a1.b< 'zz'\nunion\nselect * from b1 where b1.b > 'auu')\nselect * from c1
with recursive\nt1 as\n(\nselect a  from t2 where t2.a=3\nunion\nselect t2.a from t1,t2 where t1.a+1=t2.a\n)\nselect * from t1
with recursive \nancestors\nas\n(\n  select *\n    from folks\n      where name = 'Me' and dob = '2000-01-01'\n  union \n  select p.id, p.name, p.dob, p.father, p.mother\n    from folks as p, ancestors AS a\n      where p.id = a.father or p.id = a.mother\n)\nselect * from ancestors
with recursive\nancestor_couple_ids(h_id, w_id)\nas\n(\n  select a.father, a.mother\n    from coupled_ancestors a\n      where a.father is not null and a.mother is not null\n),\ncoupled_ancestors (id, name, dob, father, mother)\nas\n(\n  select * \n    from folks \n      where name = 'Me'\n  union all\n  select p.*\n    from folks p, ancestor_couple_ids fa\n      where p.id = fa.h_id\n  union all\n  select p.*\n    from folks p, ancestor_couple_ids ma\n      where p.id = ma.w_id\n)\nselect h.name, h.dob, w.name, w.dob\n  from ancestor_couple_ids c, coupled_ancestors h, coupled_ancestors w\n    where c.h_id = h.id and c.w_id= w.id
explain extended\nwith recursive \nancestors\nas\n(\n  select *\n    from folks\n      where name = 'Me' and dob = '2000-01-01'\n  union \n  select p.id, p.name, p.dob, p.father, p.mother\n    from folks as p, ancestors AS a\n      where p.id = a.father or p.id = a.mother\n)\nselect * from ancestors
with recursive\nancestors\nas\n(\n  select *\n    from folks \n      where name = 'Me'\n  union all\n  select p.*\n    from folks as p, ancestors as fa\n      where p.id = fa.father\n  union all\n  select p.*\n    from folks as p, ancestors as ma\n      where p.id = ma.mother\n)\nselect * from ancestors
set statement standard_compliant_cte=0 for\nwith recursive\nancestor_ids (id)\nas\n(\n  select father from folks where name = 'Me'\n  union\n  select mother from folks where name = 'Me'\n  union\n  select father from folks left join ancestor_ids a on folks.id = a.id\n  union\n  select mother from folks left join ancestor_ids a on folks.id = a.id\n),\nancestors \nas\n(\n  select p.* from folks as p, ancestor_ids as a\n    where p.id = a.id\n)\nselect * from ancestors
with recursive\nancestor_ids (id, generation)\nas\n(\n  select father, 1 from folks where name = 'Me'\n  union\n  select mother, 1 from folks where name = 'Me'\n  union\n  select max(father), max(a.generation)+1 from folks, ancestor_ids a\n    where folks.id = a.id\n      group by a.generation\n  union\n  select max(mother), max(a.generation)+1 from folks, ancestor_ids a\n    where folks.id = a.id\n      group by a.generation\n),\nancestors \nas\n(\n  select generation, name from folks as p, ancestor_ids as a\n    where p.id = a.id\n)\nselect * from ancestors
prepare stmt from"\ninsert into my_ancestors\nwith recursive\nancestor_ids (id)\nas\n(\n  select father from folks where name = 'Me'\n  union\n  select mother from folks where name = 'Me'\n  union\n  select father from folks, ancestor_ids a  where folks.id = a.id\n  union\n  select mother from folks, ancestor_ids a  where folks.id = a.id\n)\nselect p.* from folks as p, ancestor_ids as a where p.id = a.id;\n"
drop table folks
CREATE TABLE t1 (f VARCHAR(1024))
create view v1 as\n  select a from t2 where a < 3\n  union\n  select a from t2 where a > 4
CREATE TABLE edges(\n  a int(10) unsigned NOT NULL,\n  b int(10) unsigned NOT NULL,\n  PRIMARY KEY (a,b),\n  KEY b(b)\n)
WITH RECURSIVE transitive_closure(a, b, distance, path_string)\nAS\n( SELECT a, b, 1 AS distance,\n         concat(a, '.', b, '.') AS path_string\n  FROM edges2\n \n  UNION ALL\n \n  SELECT tc.a, e.b, tc.distance + 1,\n         concat(tc.path_string, e.b, '.') AS path_string\n  FROM edges2 AS e\n  JOIN transitive_closure AS tc ON e.a = tc.b\n WHERE tc.path_string NOT LIKE concat('%', e.b, '.%')\n)\nSELECT a, b, min(distance) AS dist FROM transitive_closure\nGROUP BY a, b\nORDER BY a, dist, b
DROP VIEW edges2
set max_recursive_iterations= 200000
create table module_nodes(m char(4))
with recursive\nreachables(p) as \n( \n   select lp from t1 where lp = 'p1'\n   union \n   select t1.rp from reachables, t1 \n       where t1.lp = reachables.p\n)\nselect * from reachables
insert into module_arguments values\n  ('m1','v3'), ('m1','v9'),\n  ('m2','v4'), ('m2','v7'),\n  ('m3','v6'), ('m4','v2')
WITH RECURSIVE\ncte(f) AS ( SELECT i FROM t1 UNION SELECT f FROM t1, cte WHERE 1=0 )\nSELECT * FROM cte
insert into t3 select seq from seq_1_to_1000
CREATE TABLE t2 SELECT * FROM t1 ORDER BY rand()
INSERT INTO t1 select seq, seq, seq, seq from seq_1_to_1000
SELECT func()
drop procedure p
WITH RECURSIVE expired_map AS (\n   SELECT edate AS expired_date,\n          CAST(NULL AS date) AS purchase_date,\n          0 AS quantity,\n          e.p_id,\n          (SELECT MAX(id)+1 FROM purchases p\n             WHERE pdate <= edate AND p.p_id =p_id) AS purchase_processed,\n          quantity AS unresolved\n   FROM expired e\n   UNION\n   ( SELECT expired_date,\n            pdate,\n            IF(p.quantity < m.unresolved, p.quantity, m.unresolved),\n            p.p_id,\n            p.id,\n            IF(p.quantity < m.unresolved, m.unresolved - p.quantity, 0)\n     FROM purchases p JOIN expired_map m ON p.p_id = m.p_id\n     WHERE p.id < m.purchase_processed AND m.unresolved > 0\n     ORDER BY p.id DESC\n     LIMIT 1\n   )\n)\nSELECT  * FROM expired_map
WITH RECURSIVE\nx AS (SELECT 0 as k UNION ALL SELECT k + 1 FROM x WHERE k < 1),\nz AS\n  ( SELECT  k1 AS cx, k2 AS cy, k1, k2\n      FROM (SELECT k  AS k1 FROM x) x1 JOIN (SELECT k  AS k2 FROM x) y1\n    UNION\n    SELECT 1,1,1,1 FROM z)\nSELECT * FROM z
insert into t2 values (1,1),(2,2)
create table t1 (a1 varchar(20),a2 varchar(20)) engine=myisam
CALL p()
SELECT * FROM t4
insert into t1 values\n  (1,3,12), (2,7,15), (3,1,3), (4,3,1)
use dummy
with recursive destinations (city) as\n(\n  select a.arrival from flights a, distances d\n    where a.departure = 'Seattle' and\n          a.departure = d.city1 and a.arrival = d.city2 and\n          d.dist < 4000\n  union\n  select b.arrival from destinations r, flights b, distances d\n    where r.city = b.departure and\n          b.departure = d.city1 and b.arrival = d.city2 and\n          d.dist < 4000\n)\nselect * from destinations
WITH RECURSIVE cte AS\n  (SELECT a FROM t1 where a=0 UNION SELECT NULL FROM cte)\nSELECT * FROM cte
insert into t2 values (6), (8)
with\ncte as\n(\n  with\n  x as\n  (\n    select a from t1 union select a+1 from x as r1 where a < 7\n  )\n  select * from x as s1\n  where s1.a in (\n                 with\n                 x as\n                 (\n                   select a from t2\n                   union\n                   select a+2 from x as r2 where a < 10\n                 )\n                 select a from x as s2\n               )\n)\nselect * from cte
with\nx as\n(\n  select a from t1 union select a+1 from x as r1 where a < 7\n)\nselect * from x as s1
with\nx as\n(\n  select a from t2\n  union\n  select a+2 from x as r2 where a < 10\n)\nselect a from x as s2
CREATE TABLE x (a int) ENGINE=MyISAM
create view v1 as select b,5 as c from t1
select (\n  with recursive x as (\n    select * from (\n      select utc_timestamp\n      from (\n        select (\n          with x as (\n            with x as (\n              select * from x\n            )\n            select 1\n          )\n          select 1\n        ) s\n      ) y\n    ) z\n\n    union\n\n    select null\n  )\n  (select x from x)\n)
with recursive r (y) as (\n  with recursive r (z) as (\n    select z + 1 from r where z < 2\n    union all\n    select 1)\n  select z from r\n  union all\n  select z * 2 from r where z < 10)\nselect y from r
SET collation_connection='big5_bin'
create table t1 (a char character set big5)
insert into t1 values (0xF9DA),(0xF9DB),(0xF9DC)
SET collation_connection=big5_chinese_ci
CREATE TABLE t1 (b VARCHAR(2))
SELECT COUNT(*) FROM t1 WHERE a<>'?'
INSERT INTO t1 VALUES (0xC840,0xC840,0xC840)
INSERT INTO t1 VALUES (0xC840),(0xC841),(0xC842)
select strcmp(_big5'' collate big5_nopad_bin, _big5 0x0001050001) as c1
SELECT a, LENGTH(a), CRC32(a) FROM t1 WHERE a='a' AND CRC32(a)=3904355907
EXPLAIN EXTENDED SELECT * FROM t1 WHERE a='a ' AND LENGTH(a)=2
EXPLAIN EXTENDED SELECT * FROM t1 WHERE CHARSET(a)='binary'   AND a='a'
SELECT HEX(a) FROM t1 ORDER BY a
INSERT INTO t1 VALUES (1,2)
SELECT HEX(a), HEX(b) FROM t1 ORDER BY a, b
CREATE TABLE t1(c ENUM(0x0061) CHARACTER SET 'Binary', d JSON)
CREATE FUNCTION f1() RETURNS ENUM('a') CHARACTER SET binary RETURN NULL
SHOW CREATE FUNCTION f1
CREATE TABLE t (c TEXT NOT NULL)
CREATE TABLE t (c1 SET('1','2','3'),c2 BINARY)
DELETE FROM t WHERE c2<c1
CREATE TABLE t1 (a CHAR(10)) COLLATE binary
INSERT INTO t1 (latin1_f) VALUES (_latin1'B')
INSERT INTO t1 (latin1_f) VALUES (_latin1'UE')
INSERT INTO t1 (latin1_f) VALUES (_latin1'Z')
SELECT latin1_f FROM t1 ORDER BY latin1_f
CREATE TABLE t1 \n(s1 CHAR(5) COLLATE latin1_german1_ci,\n s2 CHAR(5) COLLATE latin1_swedish_ci)
INSERT INTO t1 VALUES ('a','A','A')
SELECT * FROM t1 WHERE s1 = s3
select * from t1 where a > 'B' collate latin1_bin
EXPLAIN SELECT * FROM t1 WHERE s1='a' COLLATE latin1_german1_ci
EXPLAIN SELECT * FROM t1 WHERE s2 BETWEEN 'a' AND 'b' COLLATE latin1_german1_ci
insert into t1 set f1=0x3F3F
create table t1\nselect least(_latin1'a',_latin2'b',_latin5'c' collate latin5_turkish_ci) as f1
CREATE TABLE t1 (\n  b LONGTEXT CHARACTER SET "latin1" COLLATE "latin1_bin",\n  KEY b (b(32))\n)
CREATE TABLE t1 (\n  b LONGTEXT CHARACTER SET "latin1" COLLATE "latin1_bin",\n  PRIMARY KEY b (b(32))\n)
create table t1 (ts datetime)
CREATE TABLE t1 (a CHAR(10) COLLATE latin1_swedish_ci NOT NULL COLLATE latin1_bin)
CREATE TABLE t1 (a CHAR(10) BINARY NOT NULL COLLATE latin1_bin)
INSERT INTO cs (cs) VALUES\n(''),\n('CHARACTER SET latin1'),\n('CHARACTER SET utf8mb4')
DELETE FROM results\nWHERE cl2='' AND is_conflicting_collate_explicit2(result, cl0, cl1)
DELETE FROM results\nWHERE  cl0 LIKE 'BINARY' AND\n  ((cl1='' AND cl2 NOT LIKE '%_bin' AND is_collate_clause_with_explicit_collation(cl2)) OR\n   (cl2='' AND cl1 NOT LIKE '%_bin' AND is_collate_clause_with_explicit_collation(cl1)) OR\n   (cl1=cl2 AND cl1 NOT LIKE '%_bin' AND is_collate_clause_with_explicit_collation(cl1)))\n  AND result LIKE 'ERROR%HY000%Conflicting declarations%'
DELETE FROM results\nWHERE cs=''\n  AND cl0='COLLATE DEFAULT'\n  AND is_collate_clause_with_explicit_default_collation(cl2)\n  AND (cl1='' OR cl2=cl1)\n  AND result NOT LIKE 'ERROR%'\n  AND result RLIKE cl2
DELETE FROM results\nWHERE cs LIKE 'CHARACTER SET %'\n  AND (cl0='BINARY' OR cl0=collate_cs_bin)\n  AND (cl1='' OR cl1=collate_cs_bin)\n  AND (cl2='' OR cl2=collate_cs_bin)\n  AND result NOT LIKE 'ERROR%'\n  AND result RLIKE collate_cs_bin
DELETE FROM results\nWHERE cs='' AND cl0=''\n  AND cl1=''\n  AND is_collate_clause_with_explicit_collation(cl2)\n  AND result NOT LIKE 'ERROR%'\n  AND result RLIKE cl2
SELECT *, '---' AS `---` FROM results WHERE result LIKE 'ERROR%'
CREATE TABLE clauses\n(\n  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  cl1 VARCHAR(64) NOT NULL,\n  cl2 VARCHAR(64) NOT NULL,\n  cl3 VARCHAR(64) NOT NULL,\n  clause_count INT GENERATED ALWAYS AS ((cl1<>'') + (cl2<>'') + (cl3<>'')),\n  clauses TEXT GENERATED ALWAYS AS (CONCAT(cl1,\n                                    IF(cl2='','',' '), cl2,\n                                    IF(cl3='','',' '), cl3))\n)
CREATE PROCEDURE exec(query_bootstrap TEXT,\n                      query_pattern TEXT,\n                      query_cleanup TEXT,\n                      id INT,\n                      clauses TEXT)\nBEGIN\n  DECLARE query TEXT DEFAULT REPLACE(query_pattern, '/*CSCL*/',clauses);\n  DECLARE result TEXT DEFAULT NULL;\n  DECLARE CONTINUE HANDLER FOR\n     1064,  /*ER_PARSE_ERROR*/\n     1302,  /*ER_CONFLICTING_DECLARATIONS*/\n     1253   /*ER_COLLATION_CHARSET_MISMATCH*/\n  BEGIN\n    GET DIAGNOSTICS CONDITION 1 result=MESSAGE_TEXT;\n    SET result=CONCAT('ERROR: ', result);\n  END;\n  IF query_bootstrap<>''\n  THEN\n    EXECUTE IMMEDIATE query_bootstrap;\n  END IF;\n  EXECUTE IMMEDIATE query;\n  IF result IS NULL\n  THEN\n    IF query_pattern LIKE '%DATABASE%'\n    THEN\n      SET result=(SELECT CONCAT('CHARACTER SET ', DEFAULT_CHARACTER_SET_NAME,\n                                ' COLLATE ', DEFAULT_COLLATION_NAME)\n                  FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME='db1');\n    ELSE\n      SET result=(SELECT CONCAT('CHARACTER SET ', SUBSTRING_INDEX(TABLE_COLLATION,'_',1),\n                                ' COLLATE ', TABLE_COLLATION)\n                  FROM INFORMATION_SCHEMA.TABLES\n                  WHERE TABLE_NAME='t1' AND TABLE_SCHEMA='test1');\n    END IF;\n  END IF;\n  INSERT INTO results (id, result) VALUES (id, result);\n  IF query_cleanup<>''\n  THEN\n    EXECUTE IMMEDIATE query_cleanup;\n  END IF;\nEND;
SET @@collation_server=utf8mb4_unicode_ci
CALL show_results_all('CREATE DATABASE')
ALTER TABLE results RENAME TO results_alter_db
ALTER TABLE results RENAME TO results_convert_table
PREPARE stmt FROM 'CREATE TABLE t1 AS SELECT CONCAT(NULL) COLLATE uca1400_ai_ci AS c1'
EXECUTE stmt USING CONCAT(NULL) COLLATE uca1400_ai_ci
EXECUTE stmt USING CONVERT(NULL USING utf8mb4) COLLATE uca1400_ai_ci
EXECUTE stmt USING CONVERT(NULL USING latin1)
CREATE DATABASE db1 COMMENT 'test'
SELECT * FROM cscl
CREATE DATABASE db1 CHARACTER SET latin1
CREATE DATABASE db1 CHARACTER SET utf8mb4 CHARACTER SET DEFAULT
CREATE DATABASE db1 CHARACTER SET DEFAULT CHARACTER SET latin1
CREATE DATABASE db1 CHARACTER SET latin1 CHARACTER SET DEFAULT
CREATE TABLE t1 (a char(16)) character set cp1250 collate cp1250_czech_cs
CREATE TABLE t1 (\n  popisek varchar(30) collate cp1250_general_ci NOT NULL default '',\n PRIMARY KEY  (`popisek`)\n)
SELECT * FROM t1 WHERE popisek = '2005-01-1'
CREATE TABLE t1\n(\n id  INT AUTO_INCREMENT PRIMARY KEY,\n str VARCHAR(32)  CHARACTER SET cp1250 COLLATE cp1250_czech_cs NOT NULL default '',\n UNIQUE KEY (str)\n)
INSERT INTO t1 VALUES (NULL, 'aaaaaa')
SELECT COALESCE(IF(test1=1, 1, NULL), test2) FROM t1
CREATE TABLE t1 (dt DATETIME)
SELECT date(dt) FROM t1 WHERE (CASE WHEN 1 THEN date(dt) ELSE null END >= '2013-12-01 00:00:00')
EXPLAIN EXTENDED SELECT * FROM t1 WHERE a IN (1,2,3) AND a=' 1'
SELECT * FROM t1 WHERE a=' 1' AND (a XOR '0')
SET @seq=_cp932 0x81AD
select strcmp(_cp932'' collate cp932_nopad_bin, _cp932 0x0001050001) as c1
SHOW BINLOG EVENTS FROM 504
SELECT hex(a), hex(lower(a)), hex(upper(a)) FROM t1 ORDER BY binary(a)
SELECT HEX(a), HEX(CONVERT(a USING utf8)) as b FROM t1\nWHERE a<>'' HAVING b<>'3F' ORDER BY code
set names cp932
SHOW CREATE DATABASE mysqltest2
CREATE DATABASE mysqltest2 CHARACTER SET latin2
ALTER DATABASE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa DEFAULT CHARACTER SET latin2
CREATE TABLE t1 (a VARCHAR(10)) CHARACTER SET utf8, CHARACTER SET DEFAULT
CREATE TABLE t1(f1 INT)
SET lc_messages=cs_CZ
a
CREATE TABLE t2 SELECT CONVERT(c1 USING ucs2) AS c1 FROM t1
SELECT HEX(c1) FROM t3
CREATE TABLE t4 SELECT CONVERT(c1 USING cp932) AS c1 FROM t1
insert into t1 values(_eucjpms 0xA1E0)
set global LC_TIME_NAMES=convert((convert((0x63) using eucjpms)) using utf8)
INSERT IGNORE INTO t1 VALUES (0x8EA0)
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET eucjpms, KEY(a))
INSERT INTO t1 VALUES (0x8EA1),(0x8EDF)
select strcmp(_eucjpms'' collate eucjpms_japanese_nopad_ci, _eucjpms 0x0001050001) as c1
insert into t1 values (0xA15A)
CREATE TABLE t2 (s VARCHAR(4), a VARCHAR(1) CHARACTER SET euckr)
SELECT s as bad_code FROM t2 WHERE a='?' ORDER BY s
DELETE FROM t2 WHERE a='?'
SELECT s as unassigned_code FROM t2 WHERE u='?'
select strcmp(_euckr'' collate euckr_korean_nopad_ci, _euckr 0x0001050001) as c1
drop table con
drop table aux
SELECT @@character_set_client, @@character_set_connection, @@character_set_results
CREATE VIEW v2 AS SELECT 1
SHOW TABLE STATUS
SET NAMES filename
SET NAMES utf8, character_set_results=filename
INSERT INTO t1 VALUES ('2001-01-01 00:00:00.000000')
SET CHARACTER SET utf8
SHOW VARIABLES like 'character_set_client'
SET @test_collation= 'gb2312_chinese_ci'
set names gb2312
SET NAMES gbk
DROP TABLES t1
set collation_connection=gbk_bin
CREATE TABLE t1 (\n  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  b VARBINARY(16),\n  type SET('ascii','bad','head','tail','mb2','unassigned')\n)
INSERT INTO t3 (b,c,comment) SELECT b,b,comment FROM t2 ORDER BY b
CREATE TABLE t2 AS SELECT\n  CONCAT(t1.b,t2.b,t3.b) AS b,\n  t1.type AS type1,\n  t2.type AS type2,\n  t3.type AS type3,\n  CONCAT('[',t1.type,'][',t2.type,'][',t3.type,']') AS comment\nFROM t1, t1 t2,t1 t3
INSERT IGNORE INTO t3 (b,c,comment) SELECT b,b,comment FROM t2\nWHERE type1='tail' OR type1='bad' OR type2='bad' OR type3='bad'\nORDER BY b
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET gbk)
CREATE TABLE t1 (\n  f1 BLOB\n) ENGINE=MyISAM DEFAULT CHARSET=gbk
CALL p1(@`tcontent`)
FLUSH LOGS
RENAME TABLE t1 to t2
SELECT hex(f1) FROM t1
CREATE TABLE t1 (\n  id INT NOT NULL,\n  a1 TEXT NOT NULL,\n  a2 TEXT CHARACTER SET utf8 NOT NULL,\n  b1 BLOB NOT NULL,\n  eol TEXT NOT NULL)
INSERT INTO t1 VALUES (0x10),(0x11),(0x12),(0x13),(0x14),(0x15),(0x16),(0x17)
INSERT INTO t1 VALUES (0x18),(0x19),(0x1A),(0x1B),(0x1C),(0x1D),(0x1E),(0x1F)
INSERT INTO t1 VALUES (0x60),(0x61),(0x62),(0x63),(0x64),(0x65),(0x66),(0x67)
INSERT INTO t1 VALUES (0x88),(0x89),(0x8A),(0x8B),(0x8C),(0x8D),(0x8E),(0x8F)
INSERT INTO t1 VALUES (0xF0),(0xF1),(0xF2),(0xF3),(0xF4),(0xF5),(0xF6),(0xF7)
SELECT convert(@str collate latin1_german2_ci using utf8)
CREATE TABLE t1 (a CHAR)
EXPLAIN EXTENDED SELECT * FROM t1 WHERE a IN ('a' COLLATE latin1_bin,'b') AND a='a'
SELECT * FROM t1 WHERE (a,a)=('2001-01-01',DATE'2001-01-01')
SELECT * FROM t1 WHERE (a,a)=(DATE'2001-01-01','2001-01-01')
SELECT * FROM t1 WHERE a=_latin1'a' AND a='A'
SELECT CONVERT(1, CHAR) IN ('100', '10', '1')
CREATE TABLE t (c TEXT CHARACTER SET latin1 COLLATE latin1_bin NOT NULL)
SET @a=2
CREATE OR REPLACE TABLE t1 AS SELECT CAST(1 AS BINARY), CAST(@a AS BINARY), CAST(@b:=3 AS BINARY)
CREATE TABLE t1 (c BLOB)
INSERT INTO t2 VALUES ('-9223372036854775809'),('-9223372036854775808'),('1')
select a,b from t1 order by a,b
select word, word=binary 0xdf as t from t1 having t > 0
select * from t1 where word='ae'
insert into t1 values (0xf6) /* this is o-umlaut */
drop database latin1_german2_ci
set names latin2
set collation_connection=latin2_bin
select 'A' = 'a' collate latin2_czech_cs
insert into t1 values (1,'Aa')
select * from t1 where tt like 'AA%'
insert into t1 set a=0xff
insert into t1 values (0xF3,'LATIN SMALL LETTER O WITH ACUTE')
insert into t1 values (0xF5,'LATIN SMALL LETTER O WITH DOUBLE ACUTE')
insert into t1 values (0xD4,'LATIN CAPITAL LETTER O WITH CURCUMFLEX')
insert into t1 values (0xFC,'LATIN SMALL LETTER U WITH DIAERESIS')
CREATE TABLE t1 ENGINE=MYISAM AS SELECT repeat('a', 5) AS s1 LIMIT 0
INSERT INTO t1 VALUES ('x'),('y'),('z'),('X'),('Y'),('Z')
CREATE TABLE t1 ENGINE=MARIA AS SELECT repeat('a', 5) AS s1 LIMIT 0
CREATE TABLE `t1` (\n  `ID` smallint(5) unsigned zerofill NOT NULL AUTO_INCREMENT,\n  `Post` enum('','B','O','Z','U') COLLATE latin2_czech_cs DEFAULT NULL,\n  PRIMARY KEY (`ID`)\n) ENGINE=MyISAM AUTO_INCREMENT=135 DEFAULT CHARSET=latin2
SELECT * FROM t1 WHERE phone='79128008001'
insert into t1 values ('a')
select * from t1 where c1='b'
SELECT hex(weight_string(convert(_utf32 0x62 using utf8mb4) collate utf8mb4_test_ci)) as exp
SELECT hex(weight_string(convert(_ucs2 0x0044017e using utf8mb4) collate utf8mb4_test_ci)) as exp
CREATE TABLE t1 (\n  col1 varchar(100) character set utf8 collate utf8_test_ci\n)
SELECT * FROM t1 where match (col1) against ('abcd' IN BOOLEAN MODE)
SELECT * FROM t1 WHERE col1=col2 ORDER BY col1
INSERT INTO t1 (a) VALUES ('hello!')
SELECT * FROM t1 WHERE LOWER(a)=LOWER('N')
INSERT IGNORE INTO t1 SELECT REPEAT('a',11)
insert into t1 values (0x00E2),(0x00C2),(0x1EA7),(0x1EA6),(0x1EA9),(0x1EA8),\n                      (0x1EAB),(0x1EAA),(0x1EA5),(0x1EA4),(0x1EAD),(0x1EAC)
SELECT hex(@a:=convert(_utf32 0x10400 using utf8mb4) collate utf8mb4_test_400_ci), hex(lower(@a)) as exp
SELECT hex(@a:=convert(_utf32 0x10428 using utf8mb4) collate utf8mb4_test_400_ci), hex(upper(@a)) as exp
SELECT hex(@a:=convert(_utf32 0x2C00 using utf8mb4) collate utf8mb4_test_400_ci), hex(lower(@a)) as exp
SET NAMES utf8 COLLATE utf8_5624_1
INSERT INTO t1 VALUES ('ē'),('é'),('ě'),('ê'),('Ē'),('É'),('Ě'),('Ê')
INSERT INTO t1 VALUES ('lp-fti'),('lp-lti')
ALTER TABLE t1 CONVERT TO CHARACTER SET ucs2 COLLATE ucs2_5624_1
SET NAMES utf8 COLLATE utf8_5624_2
CREATE TABLE t1 AS SELECT REPEAT(' ', 10) AS a LIMIT 0
INSERT INTO t1 VALUES ('\\\\'),('u'),('x'),('X')
INSERT INTO t1 VALUES (_ucs2 0x09FA), (_ucs2 0x09F8), (_ucs2 0x09F9), (_ucs2 0x09F2)
INSERT INTO t1 VALUES\n(_ucs2 0x0985),(_ucs2 0x0986),(_ucs2 0x0987),(_ucs2 0x0988),\n(_ucs2 0x0989),(_ucs2 0x098A),(_ucs2 0x098B),(_ucs2 0x09E0),\n(_ucs2 0x098C),(_ucs2 0x09E1),(_ucs2 0x098F),(_ucs2 0x0990),\n(_ucs2 0x0993)
INSERT INTO t1 VALUES ('001'),('002')
ALTER TABLE t1 MODIFY a VARCHAR(10) CHARACTER SET ascii2 COLLATE ascii2_general_inherited2_ci
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET ascii2 COLLATE ascii2_general_nopad_ci)
SELECT a, a='a', a='a ', HEX(a), LOWER(a), UPPER(a), CONVERT(a USING utf8) FROM t1
SELECT\n  HEX(a),\n  WEIGHT_STRING(a)=WEIGHT_STRING(a COLLATE utf8mb4_unicode_ci) AS is_400,\n  WEIGHT_STRING(a)=WEIGHT_STRING(a COLLATE utf8mb4_unicode_520_ci) AS is_520\nFROM t1\nORDER BY a
SELECT 'rb' < 'řa'
SELECT 's'  < 'š'
SELECT 'úa' < 'ub'
SELECT 'ú'  < 'ů'
SELECT 'z'  < 'ž'
INSERT INTO t1 VALUES ('ťel.123')
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_test01_as_ci, comment VARCHAR(128))
INSERT INTO t1 VALUES ('ć', '0107 LATIN SMALL LETTER C WITH ACUTE')
ALTER TABLE t1 MODIFY a VARCHAR(32) CHARACTER SET utf16 COLLATE utf16_czech_ci
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_nopad_ci)
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET utf32 COLLATE utf32_unicode_nopad_ci)
INSERT INTO t1 (koi8_ru_f,comment) VALUES ('o','LAT SMALL O')
INSERT INTO t1 (koi8_ru_f,comment) VALUES ('y','LAT SMALL Y')
INSERT INTO t1 (koi8_ru_f,comment) VALUES ('I','LAT CAPIT I')
INSERT INTO t1 (koi8_ru_f,comment) VALUES ('O','LAT CAPIT O')
INSERT INTO t1 (koi8_ru_f,comment) VALUES ('P','LAT CAPIT P')
INSERT INTO t1 (koi8_ru_f,comment) VALUES ('W','LAT CAPIT W')
ALTER TABLE t1 ADD utf8_f CHAR(32) CHARACTER SET utf8 NOT NULL default ''
SELECT koi8_ru_f,MIN(comment) FROM t1 GROUP BY 1
SELECT utf8_f,MIN(comment) FROM t1 GROUP BY 1
SELECT t11.comment,t12.comment \nFROM t1 t11,t1 t12 \nWHERE t11.koi8_ru_f=CONVERT(t12.utf8_f USING koi8r)\nORDER BY t12.utf8_f,t11.comment,t12.comment
INSERT INTO t1 (ucs2_f,comment) VALUES (0x0392,'GREEK CAPIT BETA')
INSERT INTO t1 (ucs2_f,comment) VALUES (0x03B2,'GREEK SMALL BETA')
INSERT INTO t1 (ucs2_f,comment) VALUES (0x0531,'ARMENIAN CAPIT AYB')
INSERT INTO t1 (ucs2_f,comment) VALUES (0x0564,'ARMENIAN SMALL DA')
SET CHARACTER SET 'binary'
SELECT CHARSET(CONCAT(ucs2, utf32)) FROM t1
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET utf32)
SELECT HEX(a) FROM t2
SELECT * FROM t1 WHERE a='abc-def'
SELECT * FROM t1 WHERE a LIKE 'abc%'
CREATE TABLE t1 SELECT _utf8'test' as c1, _utf8'тест' as c2
ALTER TABLE t1 ADD c3 CHAR(4) CHARACTER SET utf8
ALTER TABLE t1 CHANGE a a CHAR(4)
SET character_set_connection=cp1250
SET character_set_connection=macce
SET character_set_connection=geostd8
INSERT INTO t1 VALUES (0x20),(0xA0),(0xA0A0),(0xA0A0A0)
create table t1 (a char(10) character set cp1251)
create table t1 (a char(10) character set utf8 collate utf8_bin)
create table t1(a char character set cp1251 default _koi8r 0xFF)
CREATE VIEW v1 AS SELECT 'w'
SET optimizer_switch= default
SELECT * FROM v1,t1 WHERE t1.a=v1.a
select 'A' like 'a'
set @sjis4= _sjis 0xd0d1d2d3d4d5d6d7d8d9dadbdcdddedf
select hex(@utf83)
insert into t1 values (0x9353)
SET NAMES sjis
SET @pl0= _tis620 0x000102030405060708090A0B0C0D0E0F
SET @pl3= _tis620 0x303132333435363738393A3B3C3D3E3F
SET @pl6= _tis620 0x606162636465666768696A6B6C6D6E6F
SELECT hex(@uD:=convert(@plD using utf8))
SELECT hex(convert(@u1 USING tis620))
SELECT hex(convert(@u3 USING tis620))
select 'a ' = 'a\\t', 'a ' < 'a\\t', 'a ' > 'a\\t'
INSERT INTO t VALUES ('a'),('ab'),('aba')
select group_concat(c1 order by c1) from t1 group by c1 collate utf8_latvian_ci
select group_concat(c1 order by c1) from t1 group by c1 collate utf8_czech_ci
select group_concat(c1 order by c1) from t1 group by c1 collate utf8_slovak_ci
select group_concat(c1 order by c1) from t1 group by c1 collate utf8_spanish2_ci
select group_concat(c1 order by c1) from t1 group by c1 collate utf8_esperanto_ci
SELECT GROUP_CONCAT(c1 ORDER BY c1) FROM t1 GROUP BY c1 COLLATE ucs2_roman_ci
SELECT GROUP_CONCAT(c1 ORDER BY c1) FROM t1 GROUP BY c1 COLLATE ucs2_esperanto_ci
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x039C03C903B403B11F770308 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x039C03C903B4 USING utf8))
INSERT INTO t1 VALUES (_ucs2 0x039C03C903B4)
SELECT * FROM t1 WHERE c LIKE CONVERT(_ucs2 0x039C0025 USING utf8)\nCOLLATE utf8_unicode_ci ORDER BY c
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0041004100410647 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062806310627064A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062A06270631064A062E USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062706460642064406270628 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06270646062F USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06270633062A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x063906A90633 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0628064A0633062A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06280647 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x068606340645 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0645064A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06420648064A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06450635064506510645 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0628 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0627064806510644 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062A064106A906510631 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0627064A063106270646 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x064106310647064606AF USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0648064A06980647 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0646062706450647 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x064606480634062A0647 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062F06390648062A0650 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x0622063A06270632 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06A90631062F0646062F USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062A0642064A200C06320627062F0647 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06280627063206AF0634062A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06220645062F0647 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x063906440645064A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062D062F0651 USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06220646060C USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x062E0627064606480627062F06AF064A USING utf8))
INSERT INTO t1 VALUES (CONVERT(_ucs2 0x06280648062C0648062F USING utf8))
SELECT HEX(CONVERT(a USING ucs2)), offs, hex(weight_string(a)), a\nFROM t1 ORDER BY a, offs, BINARY a
INSERT INTO t1 VALUES (5, _ucs2 0x01300130), (6, _ucs2 0x00490049)
select a as like_ll from t1 where a like 'll%'
select a as like_llll from t1 where a like 'llll%'
SET collation_connection=utf8_czech_ci
insert into t1 values (1,'=> DZ'),(2,'=> Dz'),(3,'=> dz'),(4,'=> dZ')
select * from t1 where c1 like '=> dz%'
SELECT s1,hex(s1),hex(weight_string(s1)) FROM t1 ORDER BY s1
CREATE TABLE t1 (a CHAR(10) CHARACTER SET utf8)
CREATE TABLE t1 (name VARCHAR(20) CHARACTER SET utf8 COLLATE utf8_unicode_ci)
SELECT name LIKE '%!!%' ESCAPE '!' AS c1,\n       name LIKE '%!!%' COLLATE utf8_general_ci ESCAPE '!' AS c2\nFROM t1
SET collation_connection=ucs2_thai_520_w2
SELECT col1 FROM v1 UNION SELECT col1 FROM t1
SELECT * FROM t1 NATURAL JOIN t1 t2
INSERT INTO t1 VALUES ('D')
INSERT INTO t1 VALUES ('F')
INSERT INTO t1 VALUES ('H')
INSERT INTO t1 VALUES ('M')
INSERT INTO t1 VALUES ('Y')
SELECT * FROM t1 PARTITION (p1) ORDER BY c1
insert into t1 values ('A'),('A'),('B'),('C'),('D'),('A\\t')
SELECT RPAD(_ucs2 X'0420',10,_ucs2 X'04210422')
CREATE TABLE t1 (word varchar(64) NOT NULL, PRIMARY KEY (word))\nENGINE=MyISAM CHARACTER SET ucs2 COLLATE ucs2_general_ci
select insert(_ucs2 0x006100620063,10,2,_ucs2 0x006400650066)
select insert(_ucs2 0x006100620063,1,2,_ucs2 0x006400650066)
CREATE TABLE t1 (\n   word VARCHAR(64),\n   bar INT(11) default 0,\n   PRIMARY KEY (word))\n   ENGINE=MyISAM\n   CHARSET ucs2\n   COLLATE ucs2_general_ci
INSERT INTO t1 (word) VALUES ("aar")
INSERT INTO t1 (word) VALUES ("aardvar")
INSERT INTO t1 (word) VALUES ("a" )
SELECT HEX(_ucs2 0x0123456789ABCD)
INSERT INTO t1 VALUES (0xA),(0xAA),(0xAAA),(0xAAAA),(0xAAAAA)
prepare stmt1 from @str2
select hex(substr(_ucs2 0x00e400e50068,1))
select hex(substr(_ucs2 0x00e400e50068,-3))
insert into t1 values (0x803d)
insert into t1 values('a')
insert into t1 values ("lily")
prepare stmt from 'select utext from t1 where utext like ?'
select utext from t1 where utext like '%%'
insert into t1 values (repeat(0x2021, 10))
select hex(a) from t1 order by a
drop table if exists bug20536
ALTER TABLE t1 ADD a int NOT NULL AFTER status
CREATE TABLE t1(a TEXT CHARSET ucs2 COLLATE ucs2_unicode_ci)
select data_type, character_octet_length, character_maximum_length\n  from information_schema.columns where table_name='t1'
create table t1 (a char(1) character set ucs2)
update t1 set s2 = s1
select concat(a,if(b<10,_ucs2 0x0061,_ucs2 0x0062)) from t1
select * from t1 where a=if(b<10,_ucs2 0x0061,_ucs2 0x0062)
select concat(a,if(b<10,_ucs2 0x0062,_ucs2 0x00C0)) from t1
select * from t1 where a=if(b<10,_ucs2 0x00C0,_ucs2 0x0062)
select * from t1 where a=if(b<10,_ucs2 0x0062,_ucs2 0x00C0)
CREATE TABLE t1 (a CHAR(1) CHARSET ascii, b CHAR(1) CHARSET latin1)
SELECT * FROM t1 WHERE a LIKE 'ch%'
SELECT COALESCE(c1) FROM t1 ORDER BY 1
SELECT CHAR_LENGTH(TRIM(BOTH 0x00 FROM _ucs2 0x0061))
SELECT DISTINCT CONCAT(uuid_short(), CAST('0' AS CHAR CHARACTER SET ucs2)) AS c FROM t1
select hex(char(0x01020304 using ucs2))
CREATE TABLE t1 (f1 CHAR(255) unicode)
SET NAMES latin1, collation_connection=ucs2_general_ci
SELECT CONCAT(t2,'-',t2) c2 FROM (SELECT HEX(t) t2 FROM t1) sub
SELECT CONCAT(t2,'-',t2) c2 FROM (SELECT TO_BASE64(t) t2 FROM t1) sub
SET @stmt='SELECT HEX(''aä'') FROM DUAL'
SELECT CAST(_ucs2 0x0061D7000062 AS INT)
CREATE TABLE t1 (a CHAR(8))
SELECT * FROM t1 WHERE RPAD(a, 50, LAST_INSERT_ID())
select hex(left(c,1)) from t1 group by c
select locate(0xa2a1,0xa1a2a1a3)
select _ujis 0xa1a2a1a3 like concat(_ujis'%',_ujis 0xa2a1, _ujis'%') as exp
select @ujis2 = CONVERT(@utf82 USING ujis)
create index idx_c1 on t1(c1)
INSERT INTO t1 (a, b) VALUES (1, 'eeefffggghhh')
INSERT INTO t1 VALUES(0xA2AF)
INSERT INTO t1 VALUES(0xA2B9)
INSERT INTO t1 VALUES(0xA2C2)
INSERT INTO t1 VALUES(0xA2C5)
INSERT INTO t1 VALUES(0xA2DB)
INSERT INTO t1 VALUES(0xA3A1)
INSERT INTO t1 VALUES(0xA3A6)
INSERT INTO t1 VALUES(0xA3BB)
INSERT INTO t1 VALUES(0xA3BC)
INSERT INTO t1 VALUES(0xA3BD)
INSERT INTO t1 VALUES(0xA3DB)
INSERT INTO t1 VALUES(0xA3FC)
INSERT INTO t1 VALUES(0xA4F4)
INSERT INTO t1 VALUES(0xA4FD)
INSERT INTO t1 VALUES(0xA5F8)
INSERT INTO t1 VALUES(0xA6BB)
INSERT INTO t1 VALUES(0xA6BF)
INSERT INTO t1 VALUES(0xA6DE)
INSERT INTO t1 VALUES(0xA6E5)
INSERT INTO t1 VALUES(0xA6FC)
INSERT INTO t1 VALUES(0xA6FE)
INSERT INTO t1 VALUES(0xA7C3)
INSERT INTO t1 VALUES(0xA7CB)
INSERT INTO t1 VALUES(0xA7CE)
INSERT INTO t1 VALUES(0xA7D0)
INSERT INTO t1 VALUES(0xA7F4)
INSERT INTO t1 VALUES(0xA8CE)
INSERT INTO t1 VALUES(0xA8D3)
INSERT INTO t1 VALUES(0xA8D4)
INSERT INTO t1 VALUES(0xA8E3)
INSERT INTO t1 VALUES(0xA8E7)
INSERT INTO t1 VALUES(0xA8EB)
INSERT INTO t1 VALUES(0xA8EC)
INSERT INTO t1 VALUES(0xA8F5)
INSERT INTO t1 VALUES(0xA8F8)
INSERT INTO t1 VALUES(0xA8FB)
INSERT INTO t1 VALUES(0xA9A4)
INSERT INTO t1 VALUES(0xA9A7)
INSERT INTO t1 VALUES(0xA9AF)
INSERT INTO t1 VALUES(0xA9B1)
INSERT INTO t1 VALUES(0xA9B6)
INSERT INTO t1 VALUES(0xA9BE)
INSERT INTO t1 VALUES(0xA9CE)
INSERT INTO t1 VALUES(0xA9DF)
INSERT INTO t1 VALUES(0xA9E4)
INSERT INTO t1 VALUES(0xA9E5)
INSERT INTO t1 VALUES(0xA9E8)
INSERT INTO t1 VALUES(0xA9EB)
INSERT INTO t1 VALUES(0xA9ED)
INSERT INTO t1 VALUES(0xA9F1)
INSERT INTO t1 VALUES(0xA9F3)
INSERT INTO t1 VALUES(0xA9F7)
INSERT INTO t1 VALUES(0xA9FB)
INSERT INTO t1 VALUES(0xA9FC)
INSERT INTO t1 VALUES(0xAAA9)
INSERT INTO t1 VALUES(0xAAAF)
INSERT INTO t1 VALUES(0xAAB1)
INSERT INTO t1 VALUES(0xAAB9)
INSERT INTO t1 VALUES(0xAABE)
INSERT INTO t1 VALUES(0xAACD)
INSERT INTO t1 VALUES(0xAACE)
INSERT INTO t1 VALUES(0xAAD2)
INSERT INTO t1 VALUES(0xAAE5)
INSERT INTO t1 VALUES(0xAAE8)
INSERT INTO t1 VALUES(0xAAF0)
INSERT INTO t1 VALUES(0xAAF5)
INSERT INTO t1 VALUES(0xAAFD)
INSERT INTO t1 VALUES(0xABA5)
INSERT INTO t1 VALUES(0xABA9)
INSERT INTO t1 VALUES(0xABC2)
INSERT INTO t1 VALUES(0xABC8)
INSERT INTO t1 VALUES(0xABCA)
INSERT INTO t1 VALUES(0xABCB)
INSERT INTO t1 VALUES(0xABD0)
INSERT INTO t1 VALUES(0xABD1)
INSERT INTO t1 VALUES(0xABD9)
INSERT INTO t1 VALUES(0xABEB)
INSERT INTO t1 VALUES(0xABF1)
INSERT INTO t1 VALUES(0xABFC)
INSERT INTO t1 VALUES(0xACAA)
INSERT INTO t1 VALUES(0xACB6)
INSERT INTO t1 VALUES(0xACBA)
INSERT INTO t1 VALUES(0xACCD)
INSERT INTO t1 VALUES(0xACD1)
INSERT INTO t1 VALUES(0xACD2)
INSERT INTO t1 VALUES(0xACD3)
INSERT INTO t1 VALUES(0xACD4)
INSERT INTO t1 VALUES(0xACD6)
INSERT INTO t1 VALUES(0xACD7)
INSERT INTO t1 VALUES(0xACDC)
INSERT INTO t1 VALUES(0xACE4)
INSERT INTO t1 VALUES(0xACE7)
INSERT INTO t1 VALUES(0xACF7)
INSERT INTO t1 VALUES(0xACFE)
INSERT INTO t1 VALUES(0xADA5)
INSERT INTO t1 VALUES(0xADAA)
INSERT INTO t1 VALUES(0xADB2)
INSERT INTO t1 VALUES(0xADB4)
INSERT INTO t1 VALUES(0xADB5)
INSERT INTO t1 VALUES(0xADC2)
INSERT INTO t1 VALUES(0xADC3)
INSERT INTO t1 VALUES(0xADC7)
INSERT INTO t1 VALUES(0xADCB)
INSERT INTO t1 VALUES(0xADCC)
INSERT INTO t1 VALUES(0xADD1)
INSERT INTO t1 VALUES(0xADD5)
INSERT INTO t1 VALUES(0xADD8)
INSERT INTO t1 VALUES(0xADD9)
INSERT INTO t1 VALUES(0xADDC)
INSERT INTO t1 VALUES(0xADE3)
INSERT INTO t1 VALUES(0xADE9)
INSERT INTO t1 VALUES(0xADFD)
INSERT INTO t1 VALUES(0xAEA7)
INSERT INTO t1 VALUES(0xAEB0)
INSERT INTO t1 VALUES(0xAEB5)
INSERT INTO t1 VALUES(0xAEBC)
INSERT INTO t1 VALUES(0xAEC6)
INSERT INTO t1 VALUES(0xAEC7)
INSERT INTO t1 VALUES(0xAECB)
INSERT INTO t1 VALUES(0xAECD)
INSERT INTO t1 VALUES(0xAED3)
INSERT INTO t1 VALUES(0xAED5)
INSERT INTO t1 VALUES(0xAED6)
INSERT INTO t1 VALUES(0xAEDB)
INSERT INTO t1 VALUES(0xAEDF)
INSERT INTO t1 VALUES(0xAEF3)
INSERT INTO t1 VALUES(0xAEF4)
INSERT INTO t1 VALUES(0xAFA1)
INSERT INTO t1 VALUES(0xAFA4)
INSERT INTO t1 VALUES(0xAFA6)
INSERT INTO t1 VALUES(0xAFAC)
INSERT INTO t1 VALUES(0xAFAD)
INSERT INTO t1 VALUES(0xAFB0)
INSERT INTO t1 VALUES(0xAFB6)
INSERT INTO t1 VALUES(0xAFBC)
INSERT INTO t1 VALUES(0xAFBD)
INSERT INTO t1 VALUES(0xAFD8)
INSERT INTO t1 VALUES(0xAFD9)
INSERT INTO t1 VALUES(0xAFDC)
INSERT INTO t1 VALUES(0xAFE0)
INSERT INTO t1 VALUES(0xAFE1)
INSERT INTO t1 VALUES(0xAFE8)
INSERT INTO t1 VALUES(0xAFEA)
INSERT INTO t1 VALUES(0xAFF0)
INSERT INTO t1 VALUES(0xAFF2)
INSERT INTO t1 VALUES(0xAFF7)
INSERT INTO t1 VALUES(0xCFD6)
INSERT INTO t1 VALUES(0xCFD9)
INSERT INTO t1 VALUES(0xCFE1)
INSERT INTO t1 VALUES(0xCFE9)
INSERT INTO t1 VALUES(0xCFEC)
INSERT INTO t1 VALUES(0xCFEE)
INSERT INTO t1 VALUES(0xCFFB)
INSERT INTO t1 VALUES(0xCFFD)
INSERT INTO t1 VALUES(0xF4AC)
INSERT INTO t1 VALUES(0xF4AF)
INSERT INTO t1 VALUES(0xF4CA)
INSERT INTO t1 VALUES(0xF4D2)
INSERT INTO t1 VALUES(0xF4D8)
INSERT INTO t1 VALUES(0xF4E0)
INSERT INTO t1 VALUES(0xF4E2)
INSERT INTO t1 VALUES(0xF4E4)
INSERT INTO t1 VALUES(0xF4E9)
INSERT INTO t1 VALUES(0xF4EB)
INSERT INTO t1 VALUES(0xF4EE)
INSERT INTO t1 VALUES(0xF4F1)
INSERT INTO t1 VALUES(0xF4F3)
INSERT INTO t1 VALUES(0xF4F4)
INSERT INTO t1 VALUES(0xF4F5)
INSERT INTO t1 VALUES(0xF4F6)
SELECT HEX(c) FROM t1 ORDER BY BINARY c
select hex(convert(_ujis 0xA5FE41 using ucs2))
set character_set_server=@save_character_set_database
INSERT IGNORE INTO t1 (code) SELECT concat(head, tail)\nFROM head, tail\nWHERE (head BETWEEN '80' AND 'FF') AND (head NOT BETWEEN '8E' AND '8F')\nAND   (tail BETWEEN '20' AND 'FF')\nORDER BY head, tail
INSERT IGNORE INTO t1 (code) SELECT concat('8F', head, tail)\nFROM head, tail\nWHERE (head BETWEEN '80' AND 'FF') AND (tail BETWEEN '80' AND 'FF')\nORDER BY head, tail
set collation_connection=ujis_bin
select strcmp(_ujis'' collate ujis_nopad_bin, _ujis 0x0001050001) as c1
insert into t1 set ujis=0x13, name='U+0013 DEVICE CONTROL THREE'
insert into t1 set ujis=0x18, name='U+0018 CANCEL'
insert into t1 set ujis=0x25, name='U+0025 PERCENT SIGN'
insert into t1 set ujis=0x2A, name='U+002A ASTERISK'
insert into t1 set ujis=0x30, name='U+0030 DIGIT ZERO'
insert into t1 set ujis=0x36, name='U+0036 DIGIT SIX'
insert into t1 set ujis=0x41, name='U+0041 LATIN CAPITAL LETTER A'
insert into t1 set ujis=0x42, name='U+0042 LATIN CAPITAL LETTER B'
insert into t1 set ujis=0x4A, name='U+004A LATIN CAPITAL LETTER J'
insert into t1 set ujis=0x4B, name='U+004B LATIN CAPITAL LETTER K'
insert into t1 set ujis=0x4D, name='U+004D LATIN CAPITAL LETTER M'
insert into t1 set ujis=0x4E, name='U+004E LATIN CAPITAL LETTER N'
insert into t1 set ujis=0x53, name='U+0053 LATIN CAPITAL LETTER S'
insert into t1 set ujis=0x58, name='U+0058 LATIN CAPITAL LETTER X'
insert into t1 set ujis=0x61, name='U+0061 LATIN SMALL LETTER A'
insert into t1 set ujis=0x65, name='U+0065 LATIN SMALL LETTER E'
insert into t1 set ujis=0x6D, name='U+006D LATIN SMALL LETTER M'
insert into t1 set ujis=0x6E, name='U+006E LATIN SMALL LETTER N'
insert into t1 set ujis=0x79, name='U+0079 LATIN SMALL LETTER Y'
update t1 set name='U+3000 IDEOGRAPHIC SPACE' where ujis=0xA1A1
update t1 set name='U+3001 IDEOGRAPHIC COMMA' where ujis=0xA1A2
update t1 set name='U+309C KATAKANA-HIRAGANA SEMI-VOICED SOUND MARK' where ujis=0xA1AC
update t1 set name='U+FFE3 FULLWIDTH MACRON' where ujis=0xA1B1
update t1 set name='U+FF3F FULLWIDTH LOW LINE' where ujis=0xA1B2
update t1 set name='U+30FD KATAKANA ITERATION MARK' where ujis=0xA1B3
update t1 set name='U+4EDD <CJK>' where ujis=0xA1B8
update t1 set name='U+30FC KATAKANA-HIRAGANA PROLONGED SOUND MARK' where ujis=0xA1BC
update t1 set name='U+FF5C FULLWIDTH VERTICAL LINE' where ujis=0xA1C3
update t1 set name='U+2019 RIGHT SINGLE QUOTATION MARK' where ujis=0xA1C7
update t1 set name='U+201D RIGHT DOUBLE QUOTATION MARK' where ujis=0xA1C9
update t1 set name='U+3015 RIGHT TORTOISE SHELL BRACKET' where ujis=0xA1CD
update t1 set name='U+300A LEFT DOUBLE ANGLE BRACKET' where ujis=0xA1D4
update t1 set name='U+FF1C FULLWIDTH LESS-THAN SIGN' where ujis=0xA1E3
update t1 set name='U+2266 LESS-THAN OVER EQUAL TO' where ujis=0xA1E5
update t1 set name='U+2267 GREATER-THAN OVER EQUAL TO' where ujis=0xA1E6
update t1 set name='U+FF04 FULLWIDTH DOLLAR SIGN' where ujis=0xA1F0
update t1 set name='U+25B2 BLACK UP-POINTING TRIANGLE' where ujis=0xA2A5
update t1 set name='U+203B REFERENCE MARK' where ujis=0xA2A8
update t1 set name='U+2193 DOWNWARDS ARROW' where ujis=0xA2AD
update t1 set name='U+2202 PARTIAL DIFFERENTIAL' where ujis=0xA2DF
update t1 set name='U+2207 NABLA' where ujis=0xA2E0
update t1 set name='U+226B MUCH GREATER-THAN' where ujis=0xA2E4
update t1 set name='U+222C DOUBLE INTEGRAL' where ujis=0xA2EA
update t1 set name='U+2030 PER MILLE SIGN' where ujis=0xA2F3
update t1 set name='U+2020 DAGGER' where ujis=0xA2F7
update t1 set name='U+FF12 FULLWIDTH DIGIT TWO' where ujis=0xA3B2
update t1 set name='U+FF13 FULLWIDTH DIGIT THREE' where ujis=0xA3B3
update t1 set name='U+FF14 FULLWIDTH DIGIT FOUR' where ujis=0xA3B4
update t1 set name='U+FF15 FULLWIDTH DIGIT FIVE' where ujis=0xA3B5
update t1 set name='U+FF23 FULLWIDTH LATIN CAPITAL LETTER C' where ujis=0xA3C3
update t1 set name='U+FF24 FULLWIDTH LATIN CAPITAL LETTER D' where ujis=0xA3C4
update t1 set name='U+FF25 FULLWIDTH LATIN CAPITAL LETTER E' where ujis=0xA3C5
update t1 set name='U+FF2E FULLWIDTH LATIN CAPITAL LETTER N' where ujis=0xA3CE
update t1 set name='U+FF31 FULLWIDTH LATIN CAPITAL LETTER Q' where ujis=0xA3D1
update t1 set name='U+FF34 FULLWIDTH LATIN CAPITAL LETTER T' where ujis=0xA3D4
update t1 set name='U+FF3A FULLWIDTH LATIN CAPITAL LETTER Z' where ujis=0xA3DA
update t1 set name='U+FF42 FULLWIDTH LATIN SMALL LETTER B' where ujis=0xA3E2
update t1 set name='U+FF45 FULLWIDTH LATIN SMALL LETTER E' where ujis=0xA3E5
update t1 set name='U+FF47 FULLWIDTH LATIN SMALL LETTER G' where ujis=0xA3E7
update t1 set name='U+FF4C FULLWIDTH LATIN SMALL LETTER L' where ujis=0xA3EC
update t1 set name='U+FF4D FULLWIDTH LATIN SMALL LETTER M' where ujis=0xA3ED
update t1 set name='U+FF50 FULLWIDTH LATIN SMALL LETTER P' where ujis=0xA3F0
update t1 set name='U+FF52 FULLWIDTH LATIN SMALL LETTER R' where ujis=0xA3F2
update t1 set name='U+FF53 FULLWIDTH LATIN SMALL LETTER S' where ujis=0xA3F3
update t1 set name='U+FF59 FULLWIDTH LATIN SMALL LETTER Y' where ujis=0xA3F9
update t1 set name='U+3041 HIRAGANA LETTER SMALL A' where ujis=0xA4A1
update t1 set name='U+3053 HIRAGANA LETTER KO' where ujis=0xA4B3
update t1 set name='U+3058 HIRAGANA LETTER ZI' where ujis=0xA4B8
update t1 set name='U+3064 HIRAGANA LETTER TU' where ujis=0xA4C4
update t1 set name='U+3068 HIRAGANA LETTER TO' where ujis=0xA4C8
update t1 set name='U+306A HIRAGANA LETTER NA' where ujis=0xA4CA
update t1 set name='U+306E HIRAGANA LETTER NO' where ujis=0xA4CE
update t1 set name='U+3076 HIRAGANA LETTER BU' where ujis=0xA4D6
update t1 set name='U+3079 HIRAGANA LETTER BE' where ujis=0xA4D9
update t1 set name='U+307B HIRAGANA LETTER HO' where ujis=0xA4DB
update t1 set name='U+307F HIRAGANA LETTER MI' where ujis=0xA4DF
update t1 set name='U+3080 HIRAGANA LETTER MU' where ujis=0xA4E0
update t1 set name='U+308D HIRAGANA LETTER RO' where ujis=0xA4ED
update t1 set name='U+30A4 KATAKANA LETTER I' where ujis=0xA5A4
update t1 set name='U+30A9 KATAKANA LETTER SMALL O' where ujis=0xA5A9
update t1 set name='U+30AB KATAKANA LETTER KA' where ujis=0xA5AB
update t1 set name='U+30B0 KATAKANA LETTER GU' where ujis=0xA5B0
update t1 set name='U+30B6 KATAKANA LETTER ZA' where ujis=0xA5B6
update t1 set name='U+30C1 KATAKANA LETTER TI' where ujis=0xA5C1
update t1 set name='U+30C2 KATAKANA LETTER DI' where ujis=0xA5C2
update t1 set name='U+30C8 KATAKANA LETTER TO' where ujis=0xA5C8
update t1 set name='U+30D3 KATAKANA LETTER BI' where ujis=0xA5D3
update t1 set name='U+30DA KATAKANA LETTER PE' where ujis=0xA5DA
update t1 set name='U+30DE KATAKANA LETTER MA' where ujis=0xA5DE
update t1 set name='U+30EA KATAKANA LETTER RI' where ujis=0xA5EA
update t1 set name='U+30EF KATAKANA LETTER WA' where ujis=0xA5EF
update t1 set name='U+039E GREEK CAPITAL LETTER XI' where ujis=0xA6AE
update t1 set name='U+03A3 GREEK CAPITAL LETTER SIGMA' where ujis=0xA6B2
update t1 set name='U+03B2 GREEK SMALL LETTER BETA' where ujis=0xA6C2
update t1 set name='U+03BC GREEK SMALL LETTER MU' where ujis=0xA6CC
update t1 set name='U+0427 CYRILLIC CAPITAL LETTER CHE' where ujis=0xA7B9
update t1 set name='U+0431 CYRILLIC SMALL LETTER BE' where ujis=0xA7D2
update t1 set name='U+0433 CYRILLIC SMALL LETTER GHE' where ujis=0xA7D4
update t1 set name='U+0436 CYRILLIC SMALL LETTER ZHE' where ujis=0xA7D8
update t1 set name='U+043E CYRILLIC SMALL LETTER O' where ujis=0xA7E0
update t1 set name='U+0440 CYRILLIC SMALL LETTER ER' where ujis=0xA7E2
update t1 set name='U+0446 CYRILLIC SMALL LETTER TSE' where ujis=0xA7E8
update t1 set name='U+0447 CYRILLIC SMALL LETTER CHE' where ujis=0xA7E9
update t1 set name='U+0449 CYRILLIC SMALL LETTER SHCHA' where ujis=0xA7EB
update t1 set name='U+2510 BOX DRAWINGS LIGHT DOWN AND LEFT' where ujis=0xA8A4
update t1 set name='U+2524 BOX DRAWINGS LIGHT VERTICAL AND LEFT' where ujis=0xA8A9
update t1 set name='U+2523 BOX DRAWINGS HEAVY VERTICAL AND RIGHT' where ujis=0xA8B2
update t1 set name='U+254B BOX DRAWINGS HEAVY VERTICAL AND HORIZONTAL' where ujis=0xA8B6
update t1 set name='U+253F BOX DRAWINGS VERTICAL LIGHT AND HORIZONTAL HEAVY' where ujis=0xA8BB
update t1 set name='U+2530 BOX DRAWINGS DOWN HEAVY AND HORIZONTAL LIGHT' where ujis=0xA8BD
update t1 set name='U+2542 BOX DRAWINGS VERTICAL HEAVY AND HORIZONTAL LIGHT' where ujis=0xA8C0
update t1 set name='<CJK>' where ujis >= 0xC0A1 AND ujis <= 0xCEFE
update t1 set name='U+697C <CJK>' where ujis=0xCFB0
update t1 set name='U+7262 <CJK>' where ujis=0xCFB4
update t1 set name='U+9332 <CJK>' where ujis=0xCFBF
update t1 set name='U+502D <CJK>' where ujis=0xCFC1
update t1 set name='U+8CC4 <CJK>' where ujis=0xCFC5
update t1 set name='U+8107 <CJK>' where ujis=0xCFC6
update t1 set name='U+9C10 <CJK>' where ujis=0xCFCC
update t1 set name='<CJK>' where ujis >= 0xE0A1 AND ujis <= 0xEFFE
update t1 set name='U+9059 <CJK>' where ujis=0xF4A3
insert into t1 (ujis,name) values (0x8EA7,'U+FF67 HALFWIDTH KATAKANA LETTER SMALL A')
insert into t1 (ujis,name) values (0x8EA9,'U+FF69 HALFWIDTH KATAKANA LETTER SMALL U')
insert into t1 (ujis,name) values (0x8EAE,'U+FF6E HALFWIDTH KATAKANA LETTER SMALL YO')
insert into t1 (ujis,name) values (0x8EAF,'U+FF6F HALFWIDTH KATAKANA LETTER SMALL TU')
insert into t1 (ujis,name) values (0x8EB0,'U+FF70 HALFWIDTH KATAKANA-HIRAGANA PROLONGED SOUND MARK')
insert into t1 (ujis,name) values (0x8EB2,'U+FF72 HALFWIDTH KATAKANA LETTER I')
insert into t1 (ujis,name) values (0x8EB6,'U+FF76 HALFWIDTH KATAKANA LETTER KA')
insert into t1 (ujis,name) values (0x8EB7,'U+FF77 HALFWIDTH KATAKANA LETTER KI')
insert into t1 (ujis,name) values (0x8EB8,'U+FF78 HALFWIDTH KATAKANA LETTER KU')
insert into t1 (ujis,name) values (0x8EC2,'U+FF82 HALFWIDTH KATAKANA LETTER TU')
insert into t1 (ujis,name) values (0x8ECD,'U+FF8D HALFWIDTH KATAKANA LETTER HE')
insert into t1 (ujis,name) values (0x8ED2,'U+FF92 HALFWIDTH KATAKANA LETTER ME')
insert into t1 (ujis,name) values (0x8ED3,'U+FF93 HALFWIDTH KATAKANA LETTER MO')
update t1 set name='U+02D8 BREVE' where ujis=0x8FA2AF
update t1 set name='U+00B8 CEDILLA' where ujis=0x8FA2B1
update t1 set name='U+007E TILDE' where ujis=0x8FA2B7
update t1 set name='U+0384 GREEK TONOS' where ujis=0x8FA2B8
update t1 set name='U+00A9 COPYRIGHT SIGN' where ujis=0x8FA2ED
update t1 set name='U+038A GREEK CAPITAL LETTER IOTA WITH TONOS' where ujis=0x8FA6E4
update t1 set name='U+03AD GREEK SMALL LETTER EPSILON WITH TONOS' where ujis=0x8FA6F2
update t1 set name='U+03CA GREEK SMALL LETTER IOTA WITH DIALYTIKA' where ujis=0x8FA6F5
update t1 set name='U+0390 GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS' where ujis=0x8FA6F6
update t1 set name='U+03CC GREEK SMALL LETTER OMICRON WITH TONOS' where ujis=0x8FA6F7
update t1 set name='U+0409 CYRILLIC CAPITAL LETTER LJE' where ujis=0x8FA7C9
update t1 set name='U+040E CYRILLIC CAPITAL LETTER SHORT U' where ujis=0x8FA7CD
update t1 set name='U+045C CYRILLIC SMALL LETTER KJE' where ujis=0x8FA7FC
update t1 set name='U+0166 LATIN CAPITAL LETTER T WITH STROKE' where ujis=0x8FA9AF
update t1 set name='U+00FE LATIN SMALL LETTER THORN' where ujis=0x8FA9D0
update t1 set name='U+01CD LATIN CAPITAL LETTER A WITH CARON' where ujis=0x8FAAA6
update t1 set name='U+0100 LATIN CAPITAL LETTER A WITH MACRON' where ujis=0x8FAAA7
update t1 set name='U+0104 LATIN CAPITAL LETTER A WITH OGONEK' where ujis=0x8FAAA8
update t1 set name='U+011C LATIN CAPITAL LETTER G WITH CIRCUMFLEX' where ujis=0x8FAABA
update t1 set name='U+00CD LATIN CAPITAL LETTER I WITH ACUTE' where ujis=0x8FAABF
update t1 set name='U+00CC LATIN CAPITAL LETTER I WITH GRAVE' where ujis=0x8FAAC0
update t1 set name='U+0139 LATIN CAPITAL LETTER L WITH ACUTE' where ujis=0x8FAACA
update t1 set name='U+0147 LATIN CAPITAL LETTER N WITH CARON' where ujis=0x8FAACE
update t1 set name='U+0158 LATIN CAPITAL LETTER R WITH CARON' where ujis=0x8FAADA
update t1 set name='U+015C LATIN CAPITAL LETTER S WITH CIRCUMFLEX' where ujis=0x8FAADD
update t1 set name='U+00DA LATIN CAPITAL LETTER U WITH ACUTE' where ujis=0x8FAAE2
update t1 set name='U+00DC LATIN CAPITAL LETTER U WITH DIAERESIS' where ujis=0x8FAAE4
update t1 set name='U+01D3 LATIN CAPITAL LETTER U WITH CARON' where ujis=0x8FAAE7
update t1 set name='U+016A LATIN CAPITAL LETTER U WITH MACRON' where ujis=0x8FAAE9
update t1 set name='U+0172 LATIN CAPITAL LETTER U WITH OGONEK' where ujis=0x8FAAEA
update t1 set name='U+01DB LATIN CAPITAL LETTER U WITH DIAERESIS AND GRAVE' where ujis=0x8FAAEE
update t1 set name='U+00E4 LATIN SMALL LETTER A WITH DIAERESIS' where ujis=0x8FABA3
update t1 set name='U+0101 LATIN SMALL LETTER A WITH MACRON' where ujis=0x8FABA7
update t1 set name='U+00E3 LATIN SMALL LETTER A WITH TILDE' where ujis=0x8FABAA
update t1 set name='U+0117 LATIN SMALL LETTER E WITH DOT ABOVE' where ujis=0x8FABB6
update t1 set name='U+00EF LATIN SMALL LETTER I WITH DIAERESIS' where ujis=0x8FABC1
update t1 set name='U+0135 LATIN SMALL LETTER J WITH CIRCUMFLEX' where ujis=0x8FABC8
update t1 set name='U+0148 LATIN SMALL LETTER N WITH CARON' where ujis=0x8FABCE
update t1 set name='U+01D2 LATIN SMALL LETTER O WITH CARON' where ujis=0x8FABD5
update t1 set name='U+00F5 LATIN SMALL LETTER O WITH TILDE' where ujis=0x8FABD8
update t1 set name='U+0155 LATIN SMALL LETTER R WITH ACUTE' where ujis=0x8FABD9
update t1 set name='U+0165 LATIN SMALL LETTER T WITH CARON' where ujis=0x8FABE0
update t1 set name='U+016B LATIN SMALL LETTER U WITH MACRON' where ujis=0x8FABE9
update t1 set name='U+016F LATIN SMALL LETTER U WITH RING ABOVE' where ujis=0x8FABEB
update t1 set name='U+0169 LATIN SMALL LETTER U WITH TILDE' where ujis=0x8FABEC
update t1 set name='U+00FD LATIN SMALL LETTER Y WITH ACUTE' where ujis=0x8FABF2
update t1 set name='<CJK>' where ujis >= 0x8FB0A1 AND ujis <= 0x8FBFFE
update t1 set name='U+9F09 <CJK>' where ujis=0x8FEDA5
update t1 set name='U+9F16 <CJK>' where ujis=0x8FEDAB
update t1 set name='U+9F31 <CJK>' where ujis=0x8FEDB6
update t1 set name='U+9F39 <CJK>' where ujis=0x8FEDBA
update t1 set name='U+9F6F <CJK>' where ujis=0x8FEDD1
update t1 set name='U+9F97 <CJK>' where ujis=0x8FEDDE
insert into t1 (ujis,name) values (0x5C,     'U+005C REVERSE SOLIDUS')
insert into t1 (ucs2,name) values (0x00A5,'U+00A5 YEN SIGN')
insert into t1 (ucs2,name) values (0x203E,'U+203E OVERLINE')
DROP TABLE maria050533_xxx_croatian_ci
ALTER TABLE maria050533_xxx_croatian_ci FORCE
SELECT GROUP_CONCAT(c ORDER BY BINARY c) FROM mysql050614_xxx_croatian_ci GROUP BY c
SELECT a, HEX(a), HEX(WEIGHT_STRING(a)) FROM t1 IGNORE KEY(a) ORDER BY a
SELECT hex(RPAD(_utf16 X'0420042104220423042404250426042704280429042A042B',10,_utf16 X'042104220423'))
select lpad(f1, 12, "-o-/") from t1
SELECT * FROM t1 WHERE a LIKE '%фЫв%' ORDER BY BINARY a
# "ca_"\nDROP TABLE t1
SELECT hex(cast(0xAA as char character set utf16))
CREATE TABLE t1 (a text character set utf16)
CREATE TABLE t1 (a longtext character set utf16)
alter table t1 change a a enum('x','y','z','d','e','ä','ö','ü') character set utf16
insert into t1 values ('ü')
select hex(substr(_utf16 0x00e400e50068,-3))
select hex(substr(_utf16 0x00e400e5D800DC00,2))
select hex(substr(_utf16 0x00e400e5D800DC00,3))
create table t1 (\n  a char(10) character set utf16 not null, \n  index a (a)\n) engine=myisam
CREATE TABLE t1 (\n  status enum('active','passive') character set utf16 collate utf16_general_ci \n    NOT NULL default 'passive'\n)
CREATE TABLE t1 (a varchar(64) character set utf16, b decimal(10,3))
select char_length('abcd'), octet_length('abcd')
select char_length(_utf16 0xD800DC00), octet_length(_utf16 0xD800DC00)
create table t1 (s1 varchar(50) character set ucs2)
update ignore t1 set s2 = s1
insert into t1 values ('-1234.1e2')
insert into t1 values ('-1234.1e2    ')
create table t1 (a char(1) character set utf16)
select hex(weight_string(_utf16 0xD800DC01))
SET @arg00=_binary 0xD800
EXECUTE stmt USING @arg00
SET @arg00=_binary 0xD800DC00
SELECT id,HEX(a) FROM t1 ORDER BY a DESC,id DESC
SELECT id,HEX(a) FROM t1 ORDER BY a
VALUES (1) UNION SELECT _utf16 0x0020
INSERT INTO t VALUES(NULL)
SET sql_buffer_result=DEFAULT
CREATE TABLE t (c CHAR(1))
SHOW VARIABLES LIKE 'character_set_server'
SHOW VARIABLES LIKE 'ft_stopword_file'
SET GLOBAL ft_boolean_syntax=DEFAULT
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf16_romanian_ci
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf16_spanish_ci
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf16_danish_ci
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf16_unicode_520_ci
CREATE TABLE t1 (c varchar(200) CHARACTER SET utf16 COLLATE utf16_unicode_ci NOT NULL, INDEX (c))
SELECT * FROM t1 WHERE c LIKE _utf16 0x039C0025 COLLATE utf16_unicode_ci
INSERT INTO t1 VALUES (1, 0x01310069), (2, 0x01310131)
CREATE TABLE t1 (\n c1 text character set utf16 collate utf16_polish_ci NOT NULL\n) ENGINE=MyISAM
select hex(weight_string(_utf16 0xD800DC01 collate utf16_unicode_ci))
set @@collation_connection=utf16_czech_ci
# ERROR 1064 (42000): You have an error in your SQL syntax\nSHOW CREATE TABLE t1
CREATE OR REPLACE TABLE t1(c ENUM('aaaaaaaaa') CHARACTER SET 'Binary',d JSON)
CREATE OR REPLACE TABLE t1(c ENUM('aaaaaaaaaa') CHARACTER SET 'Binary',d JSON)
INSERT INTO t1 VALUES (_koi8r 0xF2, _koi8r 0xF2), (_ucs2 X'2004',_ucs2 X'2004')
INSERT INTO t1 VALUES (_ucs2 X'0420', 10, _ucs2 X'04210422')
INSERT IGNORE INTO t1 VALUES (_ucs2 X'0420042104220423042404250426042704280429042A042B',10,_ucs2 X'042104220423')
CREATE TABLE t1 (f1 CHAR(30))
INSERT INTO t1 VALUES ("103000"), ("22720000"), ("3401200"), ("78000")
INSERT INTO t1 VALUES ('abc', 'def')
SELECT INSERT(a, 10, 2, b) FROM t1
CREATE TABLE t1 (\n   word VARCHAR(64),\n   bar INT(11) DEFAULT 0,\n   PRIMARY KEY (word))\n   ENGINE=MyISAM\n   CHARSET utf16le\n   COLLATE utf16le_general_ci
CREATE TABLE t1 (a CHAR(10) CHARACTER SET utf16le)
ALTER TABLE t1 CHANGE a a ENUM('x','y','z','d','e','ä','ö','ü') CHARACTER SET utf16le
INSERT INTO t1 VALUES ('ü')
INSERT INTO t1 VALUES ('x,y,z,ä,ö,ü')
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET utf16le, pos INT)
INSERT INTO t1 VALUES ("river")
SET @param1='%%'
explain SELECT HEX(a) FROM t1 ORDER BY a
UPDATE t1 set b=a
SELECT HEX(SOUNDEX('')),HEX(SOUNDEX('he')),HEX(SOUNDEX('hello all folks')),HEX(SOUNDEX('#3556 in bugdb'))
SELECT data_type, character_octet_length, character_maximum_length\n  FROM information_schema.columns where table_name='t1'
SELECT CHAR_LENGTH(_utf16le 0x7DD8FFDF), OCTET_LENGTH(_utf16le 0x7FD8DDDF)
INSERT INTO t1 VALUES (_utf16le 0xFFDB00DC)
INSERT INTO t1 VALUES ('a   ')
CREATE TABLE t1 (a date)
SELECT SUBSTR(a, ' \\t \\t -2') FROM t1
SELECT LEFT(a, '00002') FROM t1
INSERT INTO t1 VALUES ('-1234.1e2')
INSERT INTO t1 VALUES (' \\t \\t +125')
INSERT INTO t1 VALUES (' \\t \\t -000124')
CREATE TABLE t1 AS SELECT REPEAT(' ', 10) as c LIMIT 0
SET NAMES utf8, character_set_connection=utf16le
CREATE TABLE t1 (\n  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  a VARCHAR(10) CHARACTER SET utf16le, KEY(a,id)\n)
SELECT * FROM v
DROP VIEW v
CREATE TABLE t1 (word VARCHAR(64), word2 CHAR(64)) CHARACTER SET utf32
SELECT hex(LPAD(_utf32 X'0420',10,_utf32 X'0000042100000422')) as exp
SELECT hex(RPAD(_utf32 X'0420',10,_utf32 X'0421')) as exp
CREATE TABLE t1 (\n   word VARCHAR(64) ,\n   PRIMARY KEY (word))\n   ENGINE=MyISAM\n   CHARSET utf32\n   COLLATE utf32_general_ci
create table t1 (a set ('x','y','z','ä','ö','ü') character set utf32)
create table t1 (utext varchar(20) character set utf32)
select hex(soundex(_utf32 0x000000BF000000C0))
create table t1(a blob, b text charset utf32)
create table t1 (a varchar(10) character set utf32) engine=heap
create table t1 (a varchar(10) character set utf32)
create table t1 (a varchar(250) character set utf32 primary key)
create table t1 (a varchar(334) character set utf32 primary key)
insert into t1 values (repeat('a',333)), (repeat('b',333))
select hex(char(0x0102 using utf32))
CREATE TABLE t1 (\n  s1 TINYTEXT CHARACTER SET utf32,\n  s2 TEXT CHARACTER SET utf32,\n  s3 MEDIUMTEXT CHARACTER SET utf32,\n  s4 LONGTEXT CHARACTER SET utf32\n)
CREATE TABLE t1 (utf32 CHAR(5) CHARACTER SET utf32, latin1 CHAR(5) CHARACTER SET latin1)
CREATE TABLE t1 (\n b char(250) CHARACTER SET utf32,\n key (b)\n) ENGINE=MYISAM
SET NAMES utf8, @@character_set_connection=utf32
SELECT CHAR_LENGTH(TRIM(BOTH 0x00 FROM _utf32 0x00000061))
SELECT CONCAT(a,0x20FFFF) FROM t1
SELECT CONCAT(a,0x010000) FROM t1
SELECT CONCAT(_utf32'a' COLLATE utf32_unicode_ci, _binary 0x20FFFF)
SELECT _utf32 0x10001=_utf32 0x10002
SELECT * FROM t ORDER BY (OCT(a))
SELECT HEX(OCT(a)) FROM t
INSERT INTO t1 VALUES ('jj')
create table t1 (c1 char(10) character set utf32 collate utf32_bin)
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf32_latvian_ci
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf32_danish_ci
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf32_croatian_mysql561_ci
select group_concat(c1 order by binary c1 separator '') from t1 group by c1 collate utf32_vietnamese_ci
CREATE TABLE t1 (id int, a varchar(30) character set utf32)
SET collation_connection=utf32_german2_ci
CALL p (@a)
DEALLOCATE PREPARE s
CREATE TABLE t1(c1 SET('a') COLLATE 'Binary',c2 JSON)
select locate('HE','hello' collate utf8_bin,2)
select locate('LO','hello' collate utf8_bin,2)
select insert('txs',2,1,'hi'),insert('is ',4,0,'a'),insert('txxxxt',2,4,'es')
create table t1 select date_format("2004-01-19 10:10:10", "%Y-%m-%d")
insert into t1 values (date_format('2004-02-02','%M'))
set LC_TIME_NAMES='ru_RU'
select s1,hex(s1),char_length(s1),octet_length(s1) from t1
insert ignore into t1 select repeat('a',300)
create table t1 (s1 text character set utf8)
CREATE TABLE t1 ( a varchar(10) ) CHARACTER SET utf8
SELECT a.a, b.a FROM t1 a, t1 b WHERE a.a = b.a and a.a = 'test'
insert into t1 values('b'),('b')
CREATE TABLE t1 (a enum ('Y', 'N') DEFAULT 'N' COLLATE utf8_unicode_ci)
insert into t1 values ('проба')
create table t2 select ifnull(a,a) from t1
insert into t1 values ('1'),('2'),('3'),('x'),('y'),('z')
insert into t1 values ('aaaaaaaaaa')
select c c3 from t1 where c='3'
create table t1 (c char(3) character set utf8, unique (c(2)))
insert into t1 values ('b')
insert into t1 values ('б')
insert into t1 values ('ббб')
select c as c_a from t1 where c='a'
create table t1 (\nc char(10) character set utf8 collate utf8_bin,\nunique key a using hash (c(1))\n) engine=heap
create table t1 (\nc char(10) character set utf8 collate utf8_bin,\nunique key a using btree (c(1))\n) engine=heap
create table t1 (\n  str varchar(255) character set utf8 not null,\n  key str (str(2))\n) engine=innodb
CREATE TABLE t1 (\n    id       int unsigned NOT NULL auto_increment,\n    list_id  smallint unsigned NOT NULL,\n    term     TEXT NOT NULL,\n    PRIMARY KEY(id),\n    INDEX(list_id, term(4))\n) ENGINE=MYISAM CHARSET=utf8
INSERT INTO t1 SET list_id = 1, term = "letterb"
SELECT id, term FROM t1 where (list_id = 1) AND (term = "testetest")
select soundex(_utf8 0xE99885E8A788E99A8FE697B6E69BB4E696B0E79A84E696B0E997BB) as exp
CREATE TABLE t1 (\n\tuser varchar(255) NOT NULL default ''\n) ENGINE=MyISAM DEFAULT CHARSET=latin1
insert into t1 values (''), ('')
insert into t1 values ('I'),('K'),('Y')
select * from t1 where 'cH' = s1 and s1 <> 'ch'
select * from t1 where city = 'Durban '
create table t1 (x enum('A', 'B') default 0) character set utf8
CREATE TABLE t1 (\n  `id` int(20) NOT NULL auto_increment,\n  `country` varchar(100) NOT NULL default '',\n  `shortcode` varchar(100) NOT NULL default '',\n  `operator` varchar(100) NOT NULL default '',\n  `momid` varchar(30) NOT NULL default '',\n  `keyword` varchar(160) NOT NULL default '',\n  `content` varchar(160) NOT NULL default '',\n  `second_token` varchar(160) default NULL,\n  `gateway_id` int(11) NOT NULL default '0',\n  `created` datetime NOT NULL default '0000-00-00 00:00:00',\n  `msisdn` varchar(15) NOT NULL default '',\n  PRIMARY KEY  (`id`),\n  UNIQUE KEY `MSCCSPK_20030521130957121` (`momid`),\n  KEY `IX_mobile_originated_message_keyword` (`keyword`),\n  KEY `IX_mobile_originated_message_created` (`created`),\n  KEY `IX_mobile_originated_message_support` (`msisdn`,`momid`,`keyword`,`gateway_id`,`created`)\n) ENGINE=MyISAM DEFAULT CHARSET=utf8
SELECT content, t2.msisdn FROM t1, t2 WHERE t1.msisdn = '1234567890'
select char_length(a), length(a), a from t1 order by a
select 'andre%' like 'andreñ%' escape 'ñ'
select 'a\\\\' like 'a\\\\'
select * from t1 where a like "%a%"
insert into t1 values (_utf8 0xe880bd)
SELECT LENGTH(bug) FROM t2
INSERT INTO t1 VALUES (N'Cote d\\'Ivoire')
INSERT INTO t1 VALUES('UuABC')
create table t1 (s1 char(5) character set utf8)
insert into t1 values\n('a'),('b'),(null),('ペテルグル'),('ü'),('Y')
delete from t1 where s1 = 'Y'
select a as gci1 from t1 where a like 'さしすせそかきくけこあいうえお%'
select a as uci2 from t1 where a like 'あいうえおかきくけこさしすせそ'
INSERT INTO t2 VALUES\n ('Kali Kali 2-4'), ('Kali Kali 2-4'),\n ('Kali Kali 2+4'), ('Kali Kali 2+4'),\n ('Kali Kali 2-6'), ('Kali Kali 2-6')
CREATE TABLE t1 (\n  a char(255) DEFAULT '', \n  KEY(a(10))\n) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci
create table t1(a char(10)) default charset utf8
INSERT INTO crashtest VALUES ('35'), ('36'), ('37')
CREATE TABLE t1(id varchar(20) NOT NULL) DEFAULT CHARSET=utf8
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nalter table t1 change a a char(15) character set utf8 not null
insert into t1 values (repeat('a',4000))
select length(a) from t1
select char(53647 using utf8)
select char(0xff,0x8f using utf8)
set sql_mode=traditional
select hex(convert(char(2557 using latin1) using utf8))
select hex(char(196))
drop view if exists v1, v2
select coercibility(col1), collation(col1)from v2
select concat(a, if(b>10, _utf8 0x78, _utf8 0x79)) from t1
SELECT 'н1234567890' UNION SELECT _binary '1'
select hex(_utf8 B'001111111111')
SELECT HEX(RPAD(0x20, 2, _utf8 0xD18F))
SET NAMES utf8 COLLATE utf8_sinhala_ci
EXPLAIN EXTENDED SELECT 'abcdÁÂÃÄÅ', _latin1'abcdÁÂÃÄÅ', _utf8'abcdÁÂÃÄÅ' AS u
CREATE TABLE t1(a CHAR(1) CHARACTER SET latin1, b INT NOT NULL)
SELECT OCTET_LENGTH(a) FROM t1
SELECT length(data) AS len FROM (SELECT REPEAT('ä', 36767) AS data) AS sub
SELECT length(data) AS len FROM (SELECT REPEAT('ä', 36778) AS data) AS sub
SELECT CHAR(i USING utf8) FROM t1
set max_sort_length=9
SET NAMES utf8 COLLATE utf8_bin
SET NAMES utf8, collation_connection=utf8_swedish_ci
PREPARE stmt FROM "EXPLAIN SELECT * FROM t1 WHERE a between ? and _utf8'¢'"
CREATE TABLE t1 (a VARCHAR(10) CHARACTER SET latin1, b INT)
SET @b=''
SELECT * FROM t1 WHERE a=10
SELECT * FROM t1 WHERE a IN (1,2) AND a='1ë1'
CREATE OR REPLACE TABLE t2(a VARCHAR(50) CHARACTER SET latin1) ENGINE=MYISAM
SELECT c1 FROM t1 ORDER BY c1
CREATE TABLE t1 (a VARCHAR(30) CHARACTER SET latin1 DEFAULT CONCAT('ß'))
CREATE TABLE t1 (\n   a CHAR(30) COLLATE utf8mb3_general_ci,\n   UNIQUE KEY(a) USING HASH\n)
SELECT a, OCTET_LENGTH(a) FROM t1 ORDER BY BINARY a
ALTER IGNORE TABLE t1 FORCE
SELECT CAST(_utf8 0x610162 AS INT)
SELECT CAST(_utf8 0x617F62 AS INT)
SELECT CAST(_utf8 0x612062 AS INT)
SELECT CAST(_utf8 'œœœ' AS INT)
select strcmp(_utf8mb3'' collate utf8mb3_general_nopad_ci, _utf8mb3 0x0001050001) as c1
select strcmp(_utf8mb3'' collate utf8mb3_nopad_bin, _utf8mb3 0x0001050001) as c1
SELECT COLLATION(CAST('a' AS CHAR COLLATE DEFAULT)) AS c1
ALTER TABLE t1\n  MODIFY a CHAR COLLATE DEFAULT,\n  CONVERT TO CHARACTER SET utf8mb3 COLLATE utf8mb3_bin
SET NAMES utf8mb3 COLLATE utf8mb3_unicode_ci /*Unicode-4.0 folding*/
SET NAMES utf8mb3 COLLATE utf8mb3_unicode_520_ci
SET DEFAULT_STORAGE_ENGINE=DEFAULT
SET NAMES utf8mb3 COLLATE utf8mb3_general_mysql500_ci
select left(_utf8mb4 0xD0B0D0B1D0B2,1)
select locate('LO','hello' collate utf8mb4_bin,2)
select locate(_utf8mb4 0xD0B1, _utf8mb4 0xD0B0D0B1D0B2)
create table t1 (c varchar(30) character set utf8mb4, unique(c(10)))
create table t1 (c char(3) character set utf8mb4, unique (c(2)))
create table t1 (c char(3) character set utf8mb4 collate utf8mb4_bin, unique (c(2)))
create table t1 (\n  a enum('петя','вася','анюта') character set utf8mb4 not null default 'анюта',\n  b set('петя','вася','анюта') character set utf8mb4 not null default 'анюта'\n)
create table t1 (id integer, a varchar(100) character set utf8mb4 collate utf8mb4_unicode_ci)
SET collation_connection='utf8mb4_bin'
create table t1 (s1 char(5) character set utf8mb4 collate utf8mb4_czech_ci)
create table t1 (a varchar(255)) default character set utf8mb4
create table t1 (\n id int not null,\n city varchar(20) not null,\n key (city(7),id)\n) character set=utf8mb4
CREATE TABLE t2 (\n  `msisdn` varchar(15) NOT NULL default '',\n  `operator_id` int(11) NOT NULL default '0',\n  `created` datetime NOT NULL default '0000-00-00 00:00:00',\n  UNIQUE KEY `PK_user` (`msisdn`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
create table t1 (a char(20) character set utf8mb4)
CREATE TABLE t1 (\n  a varchar(255) NOT NULL default '',\n  KEY a (a)\n) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci
CREATE TABLE t1 (t TINYTEXT CHARACTER SET utf8mb4)
create table t1 (s1 char(5) character set utf8mb4 collate utf8mb4_bin)
create table t1 (a varchar(30) not null primary key)\nengine=innodb  default character set utf8mb4 collate utf8mb4_general_ci
SET CHARACTER SET utf8mb4
SET @@character_set_server=@save_character_set_server
CREATE DATABASE crashtest DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nalter table t1 change a a char(10) character set utf8mb4 not null
create table t1 (\n  a varchar(4000) not null\n) default character set utf8mb4
select char(0xd1,0x8f using utf8mb4)
select char(196 using utf8mb4)
select hex(char(0xFF using utf8mb4))
select (_utf8mb4 X'616263FF')
alter table t1 modify a varchar(128) character set utf8mb4 collate utf8mb4_bin
INSERT INTO t2 VALUES (65131, x'efb9ab')
SELECT character_maximum_length, character_octet_length FROM information_schema.columns WHERE\n       table_name= 't2' AND column_name= 'utf8mb3_encoding'
ALTER TABLE t1 MODIFY utf8mb4_encoding VARCHAR(10) CHARACTER SET utf8mb3
SELECT u_decimal,hex(utf8mb4_encoding) FROM t1
CREATE TABLE t2 (utf8mb3 VARCHAR(10) CHARACTER SET utf8mb3 NOT NULL)
DROP TEMPORARY TABLE t3
ALTER TABLE t1 ADD INDEX (subject)
CREATE TABLE t1 (a TEXT CHARACTER SET utf8mb4, FULLTEXT INDEX(a))
CREATE TABLE t1 ( \n  subject varchar(255) character set utf8mb4 collate utf8mb4_unicode_ci, \n  p varchar(15) character set utf8mb4 \n) DEFAULT CHARSET=latin1
SELECT LENGTH(data) AS len FROM (SELECT REPEAT('☃', 21846) AS data ) AS sub
CREATE TABLE t1 AS SELECT\n  COLUMN_LIST(COLUMN_CREATE('a',1)),\n  COLUMN_JSON(COLUMN_CREATE('b',1))
SELECT body_utf8 FROM mysql.proc WHERE name='f1'
CREATE TABLE t1 AS\nSELECT CAST('a' AS CHAR(10) CHARACTER SET utf8mb4 COLLATE DEFAULT) AS c1
CREATE TABLE t2 AS SELECT\n  c_tinytext   AS mix_tinytext_binary,\n  c_text       AS mix_text_binary,\n  c_mediumtext AS mix_mediumtext_binary,\n  c_longtext   AS mix_longtext_binary\nFROM v1\nUNION SELECT\n  CAST('binary data' AS BINARY),\n  CAST('binary data' AS BINARY),\n  CAST('binary data' AS BINARY),\n  CAST('binary data' AS BINARY)
CREATE TABLE t2 AS SELECT\n  c_tinytext   AS mix_tinytext_binary,\n  c_text       AS mix_text_binary,\n  c_mediumtext AS mix_mediumtext_binary,\n  c_longtext   AS mix_longtext_binary\nFROM v2\nUNION SELECT\n  CAST('binary data' AS BINARY),\n  CAST('binary data' AS BINARY),\n  CAST('binary data' AS BINARY),\n  CAST('binary data' AS BINARY)
PREPARE stmt FROM 'SELECT * FROM t1 WHERE c1 LIKE ? COLLATE utf8mb4_unicode_ci'
SET NAMES utf8mb4 COLLATE utf8mb4_turkish_ci
CREATE TABLE t1 (c1 CHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin)
SELECT GROUP_CONCAT(c1 ORDER BY c1 SEPARATOR '') FROM t1 GROUP BY c1 COLLATE utf8mb4_polish_ci
SELECT GROUP_CONCAT(c1 ORDER BY c1 SEPARATOR '') FROM t1 GROUP BY c1 COLLATE utf8mb4_estonian_ci
SELECT GROUP_CONCAT(c1 ORDER BY c1 SEPARATOR '') FROM t1 GROUP BY c1 COLLATE utf8mb4_turkish_ci
SELECT GROUP_CONCAT(c1 ORDER BY c1 SEPARATOR '') FROM t1 GROUP BY c1 COLLATE utf8mb4_czech_ci
SET collation_connection=utf8mb4_thai_520_w2
SET NAMES DEFAULT COLLATE uca1400_ai_ci
ALTER TABLE t1 CONVERT TO CHARACTER SET utf8mb4 COLLATE latin1_bin
SET @@collation_server=utf8mb4_bin
CREATE TABLE db1.t1 (a CHAR(1)) CHARACTER SET DEFAULT COLLATE uca1400_ai_ci
INSERT INTO t1 SELECT CONCAT(a,' ') FROM t1
CALL test_styles('uca1400_danish', _utf8mb4"WHERE BINARY(LOWER(TRIM(a))) IN ('aa','å')")
SELECT COUNT(*), SUM(ws<>wd) FROM allkeys WHERE a NOT LIKE '% %'
SELECT\n  HEX(code),\n  HEX(WEIGHT_STRING(str COLLATE utf8mb4_unicode_ci)) AS ws,\n  CASE\n    WHEN code >= 0x10000 THEN 'FFFD'\n    WHEN code >= 0x3400 AND code <= 0x4DB5 THEN\n       CONCAT(LPAD(HEX(0xFB80 + (code >> 15)),4,'0'),\n              LPAD(HEX(0x8000 | (code & 0x7FFF)),4,'0'))\n    WHEN code >= 0x4E00 AND code <= 0x9FA5 THEN\n       CONCAT(LPAD(HEX(0xFB40 + (code >> 15)),4,'0'),\n              LPAD(HEX(0x8000 | (code & 0x7FFF)),4,'0'))\n    ELSE\n       CONCAT(LPAD(HEX(0xFBC0 + (code >> 15)),4,'0'),\n              LPAD(HEX(0x8000 | (code & 0x7FFF)),4,'0'))\n  END AS wd\nFROM allchars\nLEFT OUTER JOIN allkeys USING (str)\nWHERE allkeys.str IS NULL\nHAVING ws<>wd\nORDER BY HEX(str)
SET NAMES DEFAULT COLLATE latin1_bin
SET NAMES DEFAULT COLLATE utf8mb4_bin
create table t1 (sal int(10),id int(10))
select f1(1)
show create function f1
create aggregate function f2(i int) returns int\nbegin\n  FEtCH GROUP NEXT ROW;\n  if i <= 0 then\n    return 0;\n  elseif i = 1  then\n    return (select count(*) from t1 where id = i);\n  else\n    return (select count(*) + f2( i - 1) from t1 where id = i);\n  end if;\nend
select f2(2)
create table t1 (sal int, id int, val int, counter int, primary key(id))
select id, f1(sal) from t1 where id>= 1 group by counter order by counter
INSERT INTO t1 (sal, id, val, counter) VALUES (3000, 4, 11, 4)
prepare test from "select f2() from t1 where id>= ?"
set @param= 1
create function f1(x int) returns int\n   return -1
INSERT INTO t2 (sal, id, val, counter) VALUES (1000, 2, 10, 2)
create aggregate function f2(x INT) returns CHAR(10)\n begin\n   declare mini INT default 0;\n   declare continue handler for not found return mini;\n   loop\n       fetch group next row;\n       set mini= mini + x;\n   end loop;\nend
select f1(sal), f1(sal) from t1 where id>= 1 group by counter
select f1(sal) from t1 where id>= 1 order by counter
create function f3() returns int\nreturn (select f1(sal) from t1)
CREATE TABLE t1 AS SELECT f1() AS c1, COALESCE(f1()) AS c2, CONCAT(f1()) AS c3
CREATE AGGREGATE FUNCTION f1() RETURNS TEXT CHARACTER SET latin1\nBEGIN\n  DECLARE CONTINUE HANDLER FOR NOT FOUND RETURN '';\n  LOOP\n    FETCH GROUP NEXT ROW;\n  END LOOP;\n  RETURN '';\nEND;
CREATE AGGREGATE FUNCTION f1() RETURNS LONGTEXT CHARACTER SET utf8\nBEGIN\n  DECLARE CONTINUE HANDLER FOR NOT FOUND RETURN '';\n  LOOP\n    FETCH GROUP NEXT ROW;\n  END LOOP;\n  RETURN '';\nEND;
create aggregate function agg_sum(x INT) returns INT\nbegin\ndeclare z int default 0;\ndeclare continue handler for not found return z;\nloop\nfetch group next row;\nset z= z+x;\nend loop;\nend
insert into t1 values (1),(2),(2),(3)
DROP FUNCTION IF EXISTS common_schema.add_ints
CREATE AGGREGATE FUNCTION common_schema.sum_ints(int_val INT) RETURNS INT\nBEGIN\n    DECLARE result INT DEFAULT 0;\n    DECLARE CONTINUE HANDLER FOR NOT FOUND RETURN result;\n    LOOP FETCH GROUP NEXT ROW;\n        SET result = common_schema.add_ints(result, int_val);\n    END LOOP;\nEND
show  status like "%custom_aggregate%"
drop table t2,t1,t3
select str_to_date('15-01-2001 12:59:59', GET_FORMAT(DATE,'USA'))
SELECT TIME_FORMAT("12:00:00", '%r')
SELECT TIME_FORMAT("15:00:00", '%r')
SELECT TIME_FORMAT("00:00:00", '%l %p')
select str_to_date('04 /30/2004', '%m /%d/%Y')
SELECT DATE_FORMAT("2009-01-01",'%W %d %M %Y') as valid_date
create table t1 (d datetime)
insert t1 values (addtime('9999-12-31 23:59:59', '00:00:01')),\n                 (from_days(3652499))
CREATE DATABASE mysqltest1 DEFAULT CHARACTER SET utf8 DEFAULT COLLATE utf8_unicode_ci
CREATE VIEW v2 AS SELECT _utf8'тест' as c1
SELECT * FROM mysqltest1.v3
ALTER DATABASE mysqltest2 COLLATE cp866_general_ci
CREATE TABLE log(msg VARCHAR(255))
INSERT INTO mysqltest1.t1 VALUES(0)
SHOW CREATE EVENT ev2
SHOW CREATE EVENT mysqltest2.ev3
CREATE PROCEDURE p1()\nBEGIN\n  CREATE TABLE t1(col1 VARCHAR(10));\n  SHOW CREATE TABLE t1;\nEND
CREATE PROCEDURE mysqltest2.p2()\nBEGIN\n  CREATE TABLE t2(col1 VARCHAR(10));\n  SHOW CREATE TABLE t2;\nEND
SHOW CREATE TABLE mysqltest2.t2
ALTER DATABASE mysqltest1 COLLATE cp1251_general_cs
SELECT GET_LOCK("l1", 1000)
SET DEBUG_SYNC='p0 SIGNAL s1 WAIT_FOR s2 TIMEOUT 6 EXECUTE 2 HIT_LIMIT 3'
SET DEBUG_SYNC='p0 SIGNAL s1 WAIT_FOR s2                     HIT_LIMIT 3'
SET DEBUG_SYNC='p0 SIGNAL s1                       EXECUTE 2'
SET DEBUG_SYNC='p0 SIGNAL s1                                 HIT_LIMIT 3'
SET DEBUG_SYNC='p0           WAIT_FOR s2 TIMEOUT 6 EXECUTE 2 HIT_LIMIT 3'
SET DEBUG_SYNC='p0           WAIT_FOR s2 TIMEOUT 6'
SET DEBUG_SYNC='p0           WAIT_FOR s2           EXECUTE 2 HIT_LIMIT 3'
set debug_sync='p0 signal s1 wait_for s2 timeout 6           hit_limit 3'
set debug_sync='p0 signal s1 wait_for s2           execute 2'
set debug_sync='p0           wait_for s2           execute 2'
set debug_sync='p0           wait_for s2'
SET DEBUG_SYNC='   p0 SIGNAL s1 WAIT_FOR s2'
SET DEBUG_SYNC='p0 WAIT_FOR s2 SIGNAL s1'
SET DEBUG_SYNC='p0 CLEAR p0'
SET DEBUG_SYNC='TEST'
SET DEBUG_SYNC='p0 SIGNAL s1 WAIT_FOR s2 TIMEOUT 6 EXECUTx 2 HIT_LIMIT 3'
SET DEBUG_SYNC='p0 WAIT_FOR s2 TIMEOUT 6 EXECUTE 0x2 HIT_LIMIT 3'
SET GLOBAL DEBUG_SYNC= 'p0 CLEAR'
SET DEBUG_SYNC= LEFT('now SIGNAL from_function_cut_here', 24)
SET DEBUG_SYNC= 'now SIGNAL nothing'
SET DEBUG_SYNC= 'now HIT_LIMIT 1'
SET DEBUG_SYNC= 'p2abc    SIGNAL s2 EXECUTE 2'
SET DEBUG_SYNC= 'p7       SIGNAL s7 EXECUTE 2'
SET DEBUG_SYNC= 'p8abcdef SIGNAL s8 EXECUTE 2'
SET DEBUG_SYNC= 'now WAIT_FOR s7'
DROP USER mysqltest_2@localhost
SET DEBUG_SYNC= 'now SIGNAL s1'
SET DEBUG_SYNC= 'now SIGNAL s1,s2,s5,s7'
insert into bug20691 values (6, DEFAULT, DEFAULT), (6, '1975-07-10 07:10:03', '1978-01-13 14:08:51'), (6, DEFAULT, DEFAULT)
INSERT INTO t1 VALUES (11)
CREATE VIEW v2 AS SELECT DEFAULT(a) AS a FROM t1
CREATE VIEW v3 AS SELECT VALUE(a) AS a FROM t1
SELECT * FROM v3
UPDATE v3 SET a=123
SELECT * FROM t1 WHERE DEFAULT(a)
SELECT * FROM t1 WHERE DEFAULT(b)
CREATE or replace TABLE t1 (event_time TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(2) ON UPDATE CURRENT_TIMESTAMP)
flush tables t1
create or replace table t1 (a int default b, b int default 1)
CREATE TABLE t1 (a INT DEFAULT (DEFAULT(a)))
CREATE TABLE t1 (a INT DEFAULT(DEFAULT(b)), b INT DEFAULT(DEFAULT(a)))
CREATE TABLE t1 (a INT DEFAULT ROW_NUMBER() OVER ())
CREATE PROCEDURE p1(par INT) CREATE TABLE t1 (a INT DEFAULT par)
CREATE TABLE t1 (a INT DEFAULT VALUE(a))
set @a=1
set @a=1, @b=2
prepare stmt from 'create table t1 (a int default(?+?))'
execute stmt using @a,@a
CREATE TABLE t1 (a VARCHAR(2) DEFAULT CONCAT('xxx') NOT NULL)
CREATE TABLE t1 (a VARCHAR(2) DEFAULT 'xx ' NOT NULL)
CREATE TABLE t1 (a VARCHAR(2) CHARACTER SET latin1 DEFAULT CONCAT(_utf8 0xD18F) NOT NULL)
INSERT INTO t1 VALUES (1, DEFAULT)
CREATE TABLE t1 (a DECIMAL(30,6) DEFAULT COALESCE(CURRENT_TIMESTAMP(6)))
CREATE TABLE t1 (\n  a DECIMAL(30,0) DEFAULT CURRENT_TIMESTAMP(6),\n  b DECIMAL(30,0) DEFAULT COALESCE(CURRENT_TIMESTAMP(6))\n)
INSERT IGNORE INTO t1 VALUES ()
INSERT INTO t1 VALUES (4, DEFAULT, DEFAULT)
SELECT a, b/PI(), c/PI(), d/PI() FROM t1
CREATE TABLE t1 (a DOUBLE, b DOUBLE DEFAULT COS(a), c DOUBLE DEFAULT SIN(a), d DOUBLE DEFAULT TAN(a), e DOUBLE DEFAULT COT(a))
INSERT INTO t1 (a) VALUES ('ej')
CREATE TABLE t1 (a INT DEFAULT MASTER_GTID_WAIT('test'))
CREATE TABLE t1 (a VARCHAR(32), b VARCHAR(32), c DATE DEFAULT STR_TO_DATE(a,b))
CREATE TABLE t1 (a INT, b DATE DEFAULT FROM_DAYS(a))
CREATE TABLE t1 (a INT, b DATE DEFAULT CAST(a AS DATE))
INSERT INTO t1 VALUES (20010203, DEFAULT)
INSERT INTO t1 (a,b) VALUES (200801, 2)
CREATE TABLE t1 (a INT, b INT DEFAULT TO_DAYS(a))
CREATE TABLE t1 (a DATE, b BIGINT DEFAULT DAYOFMONTH(a))
INSERT INTO t1 (a) VALUES ('2009-12-31 23:59:59.000010')
CREATE TABLE t1 (a DATE, b INT DEFAULT MONTH(a))
CREATE TABLE t1 (a DATETIME, b INT DEFAULT EXTRACT(YEAR_MONTH FROM a))
INSERT INTO t1 (a,b) VALUES ('2003-02-01','2003-05-01')
INSERT INTO t1 VALUES (1, 2, DEFAULT)
INSERT INTO t1 VALUES (0, 1, DEFAULT)
CREATE TABLE t1 (a INT, b INT, c INT DEFAULT CASE WHEN a THEN b ELSE 2 END)
CREATE TABLE t1 (a INT, b INT DEFAULT (-a))
CREATE TABLE t1 (a DOUBLE, b INT DEFAULT CEILING(a), c INT DEFAULT FLOOR(a), d INT DEFAULT ROUND(a))
CREATE TABLE t1 (a DATETIME, b INT DEFAULT UNIX_TIMESTAMP(a))
CREATE TABLE t1 (a BIGINT UNSIGNED, b BIGINT SIGNED DEFAULT CAST(a AS SIGNED))
INSERT INTO t1 (a) VALUES (0xFFFFFFFFFFFFFFFF)
INSERT INTO t1 (a,b) VALUES (5,4)
INSERT INTO t1 (a) VALUES ('abcd')
CREATE TABLE t1 (a VARCHAR(20), b VARCHAR(20) DEFAULT SUBSTRING_INDEX(a,'.',2))
INSERT INTO t1 (a) VALUES ('www.mariadb.org')
CREATE TABLE t1 (a VARCHAR(10), b VARCHAR(10), c VARCHAR(20) DEFAULT CONCAT(a,b))
CREATE TABLE t1 (a VARCHAR(10), b VARCHAR(10), c VARCHAR(20) DEFAULT CONCAT_WS(',',a,b))
INSERT INTO t1 (a) VALUES ('ab12cd')
CREATE TABLE t1 (a VARCHAR(10), b VARCHAR(10) DEFAULT LTRIM(a), c VARCHAR(10) DEFAULT RTRIM(a))
SELECT a, b, c FROM t1
INSERT INTO t1 (a) VALUES (64)
CREATE TABLE t1 (a INT, b INT, c VARCHAR(30) DEFAULT FORMAT(a,b))
INSERT INTO t1 (a) VALUES ('EUR'),('USA'),('JIS'),('ISO'),('INTERNAL')
CREATE TABLE t1 (a VARCHAR(30), b BLOB DEFAULT LOAD_FILE(a))
CREATE TABLE t1 (a VARCHAR(10), b INT DEFAULT (a NOT BETWEEN 'aaa' AND 'bbb'))
SELECT LENGTH(a)>0 FROM t1
CREATE TABLE t1 (a VARCHAR(10), b INT DEFAULT LENGTH(a), c INT DEFAULT CHAR_LENGTH(a), d INT DEFAULT BIT_LENGTH(a))
INSERT INTO t1 (a) VALUES ('a'),('aa'),('aaa')
INSERT INTO t1 (a) VALUES ('aaaabbbb')
CREATE TABLE t1 (a VARCHAR(10), b TEXT DEFAULT HEX(a), c TEXT DEFAULT UNHEX(b))
SELECT c FROM t1
CREATE OR REPLACE TABLE t1 (a char(2) default concat('A') COLLATE utf8mb4_unicode_ci)
replace into t1 values (4, 6)
replace into t1 values (4, ignore)
INSERT INTO t1 SELECT a FROM t2 ON DUPLICATE KEY UPDATE a=IGNORE
execute repstmt using 2, ignore
EXECUTE IMMEDIATE 'UPDATE t1 SET a=?+1' USING IGNORE
EXECUTE IMMEDIATE 'SELECT CAST(? AS DATETIME)' USING IGNORE
EXECUTE IMMEDIATE 'EXPLAIN EXTENDED SELECT ?' USING IGNORE
set sql_mode=ansi_quotes
insert t1 (a) values (20)
insert t1 values (default(a), 5, '3 column gets DEFAULT(a), expression')
CREATE TABLE t1 (pk varchar(36) DEFAULT uuid())
INSERT INTO t VALUES (1),(2)
CREATE ALGORITHM=TEMPTABLE VIEW v AS SELECT * FROM t
select column_name, column_default, column_default is not null as 'has_default', is_nullable from information_schema.columns where table_schema='test' and table_name='v1'
create table t1 (f01 timestamp, f03 timestamp)
create table t1 (n varchar(100),\n                 u varchar(100) default user(),\n                 cu varchar(100) default current_user(),\n                 cr varchar(100) default current_role(),\n                 d  varchar(100) default database())
create                       view            v6 as select * from v5
insert test.v2 (n)  values ('v2')
select * from test.v5 limit 1
drop user ''@localhost
set time_zone = "+00:00"
insert into t1 set a = 8,tmsp=19711006010203
insert delayed into t1 values (3,"d"),(null,"e")
insert delayed into t1 values (1)
SET @@auto_increment_offset= 2
SET @bug20830_old_session_auto_increment_increment=\n                @@session.auto_increment_increment
INSERT INTO t1 VALUES(NULL, 11), (NULL, 12), (NULL, 13)
SET insert_id= 114
INSERT INTO t1 VALUES(NULL, 61), (NULL, 62), (NULL, 63)
INSERT DELAYED INTO t1 VALUES(  49, 71), (NULL, 72), (NULL, 73)
INSERT DELAYED INTO t1 VALUES(NULL, 81), (NULL, 82), (NULL, 83)
CREATE TABLE t1(a BIT)
INSERT DELAYED INTO t1 SET b= 1
CREATE TABLE t2 (\n  `id` int(11) PRIMARY KEY auto_increment,\n  `f1` date\n)
INSERT DELAYED INTO t2 VALUES (0,'2007-00-00')
set global low_priority_updates = @old_delayed_updates
LOCK TABLES t1 READ
INSERT DELAYED INTO t1 VALUES (3)
INSERT DELAYED INTO t2 VALUES (7)
insert delayed into t1 values (2,2)
SET AUTOCOMMIT=0
insert into t1 (a) values (2),(4),(6),(8),(10),(12),(14),(16),(18),(20),(22),(24),(26),(23),(27)
delete   from t1 where misc > 5 and bool is null
delete from t1 where 1 > 2
insert into t1 values (3, 3), (7, 7)
DELETE FROM t1 WHERE t1.a > 0 ORDER BY t1.a
delete from t1 where (@a:= f1) order by f1 limit 1
CREATE TABLE t1 (\n  `date` date ,\n  `time` time ,\n  `seq` int(10) unsigned NOT NULL auto_increment,\n  PRIMARY KEY  (`seq`),\n  KEY `seq` (`seq`),\n  KEY `time` (`time`),\n  KEY `date` (`date`)\n)
select * from t1,t2,t3 where t1.a=t2.a AND t2.b=t3.a and t1.b=t3.b
delete t2.*,t3.* from t1,t2,t3 where t1.a=t2.a AND t2.b=t3.a and t1.b=t3.b
DELETE FROM t1 ORDER BY (SELECT x)
INSERT INTO db2.t1 (a) SELECT * FROM t2
DELETE FROM db2.alias USING db1.t1, db2.t1 alias WHERE db1.t1.a = alias.a
DELETE FROM t1 USING t1 WHERE a = 1
DELETE t1 FROM (SELECT SUM(a) a FROM t1) x,t1
CREATE TABLE db1.t2 AS SELECT * FROM db1.t1
CREATE TABLE db2.t2 AS SELECT * FROM db2.t1
DELETE a1,a2 FROM db1.t1, db2.t2
DELETE a1,a2 FROM db1.t1, db2.t2 AS a2
DELETE a1,a2 FROM db3.t1 AS a1, db4.t2 AS a2
DELETE a1 FROM db1.a1, db2.t2 AS a1
DELETE t1 FROM db1.t1 AS a1, db2.t1 AS a2
CREATE TABLE t3 ( a INT )
CREATE table t1 (i INTEGER)
insert into t3 values (2,10), (7,30), (2,30), (1,10), (7,40)
SET @sort_buffer_size_save= @@sort_buffer_size
SET sort_buffer_size=1125899906842624
CREATE TABLE t1 (id INT PRIMARY KEY, col_varchar VARCHAR(8)) ENGINE=InnoDB
drop view if exists v1
DELETE FROM t1 WHERE a=2 RETURNING c
DELETE FROM t2
CREATE FUNCTION f(arg INT) RETURNS TEXT\nBEGIN\n  RETURN (SELECT GROUP_CONCAT(b) FROM t1 WHERE a=arg);\nEND
DELETE FROM t2 WHERE c < 5 RETURNING f(c)
DELETE FROM  mysqltest.t1 RETURNING b
delete from t1 where (select count(*) from t1 b where b.c1=t1.c1) = 500
select count(*) from v1 where c1=2
explain delete from v1 where (select count(*) from t1 b where b.c1=v1.c1) = 500 limit 1
delete from t1 where (select count(*) from t1 b where b.c1=t1.c1) = 500 order by c2 desc limit 10 returning c1,c2
set session sort_buffer_size = 1024000
set global log_bin_trust_routine_creators=1
show plugin
load table t1 from master
select t1.a,t3.a from t1,(select * from t2  where b='c') as t3  where t1.a = t3.a
SELECT (SELECT 1) as a FROM (SELECT 1 FROM t1  HAVING a=1) as a
select a from (select 1 as a) as b
select * from (select * from t1 union select * from t1) a
explain select * from (select * from t1 union select * from t1) a
explain select * from (select t1.*, t2.a as t2a from t1,t2 where t1.a=t2.a) t1
insert into t1 values (NULL, 'a', 1), (NULL, 'b', 2), (NULL, 'c', 3), (NULL, 'd', 4), (NULL, 'e', 5), (NULL, 'f', 6), (NULL, 'g', 7), (NULL, 'h', 8), (NULL, 'i', 9)
SELECT STRAIGHT_JOIN d.pla_id, m2.test FROM t1 m2  INNER JOIN (SELECT mp.pla_id, MIN(m1.matintnum) AS matintnum FROM t2 mp INNER JOIN t1 m1 ON mp.mat_id=m1.mat_id GROUP BY mp.pla_id) d ON d.matintnum=m2.matintnum
explain SELECT STRAIGHT_JOIN d.pla_id, m2.test FROM t1 m2  INNER JOIN (SELECT mp.pla_id, MIN(m1.matintnum) AS matintnum FROM t2 mp INNER JOIN t1 m1 ON mp.mat_id=m1.mat_id GROUP BY mp.pla_id) d ON d.matintnum=m2.matintnum
insert into  (select * from t1) values (5)
explain select * from ( select * from t1 union select * from t1) a,(select * from t1 union select * from t1) b
UPDATE `t1` AS P1 INNER JOIN (SELECT aaaa FROM `t1` GROUP BY N HAVING Count(M) > 1) AS P2 ON P1.N = P2.N SET P1.M = 2
CREATE TABLE t2 (\n  ID int(11) default NULL,\n  PARID int(11) default NULL,\n  UNIQUE KEY t2_ID_IDX (ID),\n  KEY t2_PARID_IDX (PARID)\n) engine=MyISAM DEFAULT CHARSET=latin1
explain select a from t2 where a>1
insert into t1 values (1,4), (2,2),(2,2), (4,1),(4,1),(4,1),(4,1)
INSERT INTO t1 VALUES (1, 2), (2, 2), (3, 2)
prepare stmt from "select A.* from ( select tt.* from t1 tt ) A "
create table t1 (id int(11) not null auto_increment, val varchar(100) null,primary key (id))
CREATE algorithm=temptable VIEW v1 AS\n  SELECT 1 FROM t1 LEFT JOIN t1 t3 ON 1 > (SELECT 1 FROM t1)
SELECT 1 FROM t1 JOIN v1 ON 1 > (SELECT 1 FROM v2)
SET optimizer_switch = 'derived_merge=on,derived_with_keys=on,in_to_exists=on'
EXPLAIN SELECT * FROM (SELECT * FROM t1) AS table1,\n  (SELECT DISTINCT * FROM t2) AS table2 WHERE b = a AND a <> ANY (SELECT 9)
set optimizer_switch=@save_derived_optimizer_switch_bug
insert into t1 (accountId,balance) values \n('dealer-1',199354.0),('dealer-2',0),('dealer-3',0),('dealer-5',0),('FINANCE',-200000),('OPERATOR',0)
DROP TABLE t2,t1
INSERT INTO example1463 VALUES ('Charlie', 'Success', 100)
INSERT INTO example1463 VALUES ('Edward', 'Pending', 150)
CREATE TABLE t3 (c VARCHAR(1024) CHARACTER SET utf8, d INT) ENGINE=MyISAM
CREATE OR REPLACE ALGORITHM=TEMPTABLE VIEW v3 AS SELECT * FROM t3
INSERT INTO t1 select seq from seq_1_to_1000
SET join_cache_level= 8
SELECT * FROM t1 WHERE a='a' AND a <> _latin1'A' COLLATE latin1_bin
CREATE TABLE t1 (a ENUM('5','6'))
SET optimizer_switch='derived_merge=off'
create table t2(a int, b int,c int)
analyze select * from t1 , ( (select t2.a from t2 order by c) union all (select  t2.a from t2 order by c) except(select t3.a from t3 order by b))q  where t1.a=q.a
insert into t2 values (9,1), (7,3), (2,6)
CREATE TABLE t (pk INT PRIMARY KEY)
SELECT * FROM (SELECT '', '' from t) AS a
CREATE VIEW v_t AS SELECT * FROM t
SHOW CREATE VIEW v_t
DROP VIEW v_t, v1
CREATE VIEW v1_t AS SELECT '' FROM t
CREATE VIEW v2_t AS SELECT * FROM (SELECT '' FROM t) AS a
SHOW CREATE VIEW v2_t
CREATE VIEW v3_t AS SELECT * FROM (SELECT '' as c1 FROM t) AS a
SHOW CREATE VIEW v6_t
create table t1_double(a int, b double, c double)
insert into t2_double values\n  (1,22.4,14.3333), (1,12.5,18.9), (2,22.4,18.9),\n  (4,33.4,14.3333), (5,22.4,13.65), (7,17.89,18.9),\n  (6,33.4,14.3333), (10,31.4,13.65), (12,33.4,13.65)
create table t1_char(a char, b char(8), c int)
create table t1_decimal (a decimal(3,1), b decimal(3,1), c int)
create view v2 as select a, b, max(c) as max_c, avg(c) as avg_c from t1\n  where t1.a>5 group by a,b having max_c < 707
create view v_double as\n  select a, avg(a/4) as avg_a, b, c from t1_double\n    where (b>12.2) group by b,c having (avg_a<22.333)
CREATE VIEW v1 AS SELECT i FROM t1 WHERE i < 5
set statement optimizer_switch='condition_pushdown_for_derived=off' for\nselect * from (select a from t1 order by a limit 5) t where t.a not in (1,2,3)
set statement optimizer_switch='condition_pushdown_for_derived=on' for\nselect * from (select a from t1 order by a limit 5) t where t.a not in (1,2,3)
set statement optimizer_switch='condition_pushdown_for_derived=off' for\nselect * from\n(select a from t1 where a < 4 union select a from t1 where a > 5\n order by a limit 5) t where t.a not in (2,9)
CREATE OR REPLACE VIEW v4 AS\nSELECT d, sum(e) AS s FROM t4 GROUP BY d
INSERT INTO t1 VALUES (0),(2)
INSERT INTO t2 VALUES\n (1,4,'2008-09-27 00:34:58'),\n (2,5,'2007-05-28 00:00:00'),\n (3,6,'2009-07-25 09:21:20')
CREATE TABLE t2 (c INT NOT NULL) ENGINE=MyISAM
INSERT INTO t VALUES (1,1),(3,2)
CREATE TABLE t2 (j INT, KEY(j)) ENGINE=MyISAM
INSERT INTO t1 VALUES (1.5),(3.21),(2.47)
CREATE TABLE t2 (j DATETIME, KEY(j)) ENGINE=MyISAM
SELECT * FROM v1 WHERE v1.d IN ( SELECT MIN(d) FROM t2 WHERE 0 )
insert into t1 values\n  (4), (8), (5), (3), (10), (2), (7)
create table t1 (a char(8))
create table t2(id2 int)
CREATE TABLE t1 (a INT, b INT, c INT, d INT)
INSERT INTO t1 VALUES (1,1,66,1), (1,1,56,2), (3,2,42,3)
INSERT INTO t2 VALUES (1,1,66), (1,12,32)
CREATE TABLE t2 (a int) ENGINE MYISAM
SELECT * FROM\n(\n  SELECT a,b,1 as c\n  FROM t1\n  UNION ALL\n  SELECT a,b,2 as c\n  FROM t1\n) AS tab\nWHERE ((a,b) IN ((1,2),(3,2)))
INSERT INTO t1 VALUES ('x',1), ('y',2)
INSERT INTO t2 VALUES (1,3),(3,7),(5,1)
SET optimizer_switch=DEFAULT
SELECT * FROM v1 WHERE IF( a REGEXP 'def', 'foo', a ) IN ('abc', 'foobar')
create table t1 (\n  pk int primary key,\n  a int,\n  b int,\n  key(a)\n)
explain select * from v3 where col1=123
insert into t1 values\n  (1,21,345), (1,33,7), (8,33,114), (1,21,500), (1,19,117), (5,14,787),\n  (8,33,123), (9,10,211), (5,16,207), (1,33,988), (5,27,132), (1,21,104),\n  (6,20,309), (6,20,315), (1,21,101), (4,33,404), (9,10,800), (1,21,123)
prepare stmt from "select * from v1,t2\n                   where (v1.a=t2.a) and (v1.a<5) and (v1.c>500);"
create view v1 as\n  select a, b, min(c) as c from t1\n    where t1.a<9 group by a,b having c > 200\n  union\n  select a, b, max(c) as c from t1\n    where t1.b>10 group by a,b having c < 300\n  intersect\n  select a, b, max(c) as c from t1\n    where t1.a>3 group by a,b having c < 530
create view v1 as\n  select a, b, min(c) as c from t1\n    where t1.a<9 group by a,b having c > 200\n  union\n  select a, b, max(c) as c from t1\n    where t1.b>10 group by a,b having c < 300\n  except\n  select a, b, max(c) as c from t1\n    where t1.a>3 group by a,b having c < 530
create view v1 as\n  select a, b, max(c) as c from t1\n    where t1.b>10 group by a,b having c < 300\n  intersect\n  select a, b, max(c) as c from t1\n    where t1.a<7 group by a,b having c < 500\n  except\n  select a, b, max(c) as c from t1\n    where t1.a<9 group by a,b having c > 150
create view v1 as\n  select a, b, max(c) as c from t1\n    where t1.b>10 group by a,b having c < 300\n  except\n  select a, b, max(c) as c from t1\n    where t1.a<9 group by a,b having c > 150\n  intersect\n  select a, b, max(c) as c from t1\n    where t1.a<7 group by a,b having c < 500
create view v2 as\n  select a, b, max(c) as c from v1\n    where v1.a<7 group by a,b
create view v1 as\n  select a, b, max(c) as c from t1\n    where t1.b>20 group by a having c > 300\n  except\n  select a, b, max(c) as c from t1\n    where t1.a<7 group by b having c > 150
insert into t2 values\n  (7,10,'x'), (1,20,'a'), (2,23,'b'), (7,18,'z'), (1,30,'c'),\n  (4,71,'d'), (3,15,'x'), (7,82,'y'), (8,12,'t'), (4,15,'b'),\n  (11,33,'a'), (10,42,'u'), (4,53,'p'), (10,17,'r'), (2,90,'x'),\n  (17,10,'s'), (11,20,'v'), (12,23,'y'), (17,18,'a'), (11,30,'d'),\n  (24,71,'h'), (23,15,'i'), (27,82,'k'), (28,12,'p'), (24,15,'q'),\n  (31,33,'f'), (30,42,'h'), (40,53,'m'), (30,17,'o'), (21,90,'b'),\n  (37,10,'e'), (31,20,'g'), (32,23,'f'), (37,18,'n'), (41,30,'l'),\n  (54,71,'j'), (53,15,'w'), (57,82,'z'), (58,12,'k'), (54,15,'p'),\n  (61,33,'c'), (60,42,'a'), (62,53,'x'), (67,17,'g'), (64,90,'v')
insert into t3 select a+10, b+10, concat(c,'f') from t3
CREATE TABLE t1 (a int, INDEX(a)) ENGINE=MyISAM
DROP VIEW v1,v2,v3
CREATE TABLE t1 (pk INT PRIMARY KEY)
INSERT INTO t1 VALUES (1,0),(2,0)
CREATE TABLE t2 (pk2 INT PRIMARY KEY) ENGINE=Aria
CREATE VIEW v2 AS SELECT pk, MIN(b) FROM t2 GROUP BY pk
SELECT * FROM t1 LEFT JOIN v2 ON (a = pk)
CREATE TABLE t1 (f INT PRIMARY KEY) ENGINE=MyISAM
EXPLAIN EXTENDED\nSELECT * FROM v1 JOIN v2 ON v1.f = v2.f
CREATE TABLE t1 (f int PRIMARY KEY) ENGINE=MyISAM
EXPLAIN EXTENDED\nSELECT * FROM ( SELECT STRAIGHT_JOIN f, COUNT(*) as c FROM v1 GROUP BY f ) AS s
INSERT INTO t1 VALUES\n  (77,7), (11,1), (33,3), (44,4), (8,88),\n  (78,7), (98,9), (38,3), (28,2), (79,7),\n  (58,5), (42,4), (71,7), (27,2), (91,9)
INSERT INTO t1 SELECT a+100, b+10 FROM t1
CREATE TABLE t2 (\n  id INT UNSIGNED NOT NULL AUTO_INCREMENT,\n  userid INT UNSIGNED NOT NULL,\n  logindate DATETIME NOT NULL,\n  PRIMARY KEY (id)\n) COLLATE='utf8_general_ci'
INSERT INTO t2 VALUES\n(1,0,2064,'1test@test.ee',1),(2,1626095588,2066,'2test@test.ee',1),\n(3,0,2066,'3test@test.ee',1),(4,0,2068,'4test@test.ee',1),\n(5,0,2068,'5test@test.ee',1),(6,0,2069,'6test@test.ee',1),(7,0,2070,'',0),\n(8,0,2070,'',0),(9,0,2071,'',0),(10,0,2071,'',0),(11,0,2072,'',0),\n(12,0,2072,'',0),(13,0,2072,'13test@test.ee',1),(14,0,2073,'14test@test.ee',1),\n(15,0,2074,'15test@test.ee',1),(16,0,2075,'16test@test.ee',1),(17,0,2075,'',0),\n(18,0,2075,'',0),(19,0,2076,'19test@test.ee',1),(20,0,2077,'',0),\n(21,0,2078,'21test@test.ee',1),(22,0,2078,'22test@test.ee',1)
INSERT INTO t2(deleted, t1_id, email, reporting_person)\n  SELECT deleted, t1_id+20000, email, reporting_person FROM t2
INSERT INTO t2(deleted, t1_id, email, reporting_person)\n  SELECT deleted, t1_id+80000, email, reporting_person FROM t2
INSERT INTO t3 VALUES\n(1,0,3885,2020,1),(2,0,2064,2020,1),(3,1611670734,2225,2020,1),\n(4,0,2070,2020,1),(5,1611055981,2095,2020,1),(6,1610970096,2102,2020,1),\n(7,0,3974,2020,1),(153,1609851928,3892,2020,2),(154,0,3885,2020,2),\n(155,0,2064,2020,2),(156,1611670717,2225,2020,2),(157,0,2070,2020,2),\n(317,0,2257,2020,2),(318,0,3885,2020,3),(319,0,2064,2020,3),\n(320,1611670709,2225,2020,3),(321,0,2070,2020,3),(322,0,2095,2020,3),\n(323,0,2102,2020,3),(324,0,3974,2020,3),(325,0,3886,2020,3),\n(326,1609939963,2104,2020,3),(327,0,3887,2020,3),(328,0,3888,2020,3),\n(329,0,2148,2020,3),(330,0,3889,2020,3),(331,0,3890,2020,3),\n(332,0,2179,2020,3),(333,0,2115,2020,3),(334,0,2193,2020,3),\n(335,0,2213,2020,3),(336,0,3891,2020,3),(337,1609851955,3892,2020,3),\n(338,1610447706,2232,2020,3),(339,0,2235,2020,3),(340,0,2237,2020,3),\n(341,0,3972,2020,3),(342,1610449357,2242,2020,3),(343,0,3893,2020,3),\n(344,0,2257,2020,3),(345,0,3951,2020,3),(346,0,3894,2020,3),\n(347,0,3912,2020,3),(348,0,3895,2020,3),(349,0,2301,2020,3),\n(350,0,2304,2020,3),(351,0,3896,2020,3)
CREATE TABLE transactions (\n  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  ledger_id BIGINT UNSIGNED NOT NULL,\n  KEY fk_transactions_ledger (ledger_id)\n) ENGINE=MyISAM
CREATE TABLE t1 (c int DEFAULT 0)
ALTER TABLE t1 ALTER c SET DEFAULT 1
insert into t1 values (0, -1), (1, -2)
INSERT INTO t0 VALUES ( ) , ( )
INSERT INTO t VALUES (1, 10), (1, 20), (2, 50), (3, 100)
CREATE VIEW v AS SELECT a, MAX(b) as max_b FROM t GROUP BY a
insert into t1 values (3), (7), (1), (3), (1), (3)
create view v1 as select a, count(*) from t1 group by a
drop view v2, v1
select * from (select id  from t1 group by id) dt1, (select id from t2) dt2, t3\n  where dt2.id = t3.id and dt1.id between 0 and (dt2.id is null)
drop database if exists test1
set @exit_optimizer_switch=@@optimizer_switch
CREATE TABLE t2 (a int, b int)
SELECT * FROM v1, t1 WHERE v1.b=t1.a  ORDER BY v1.a
INSERT INTO t1 VALUES (NULL,'j'), (8,'c')
CREATE TABLE t1 ( f4 int)
set optimizer_switch=@save_optimizer_switch
CREATE TABLE t3 (\n  pk int(10) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY\n) ENGINE=MyISAM
INSERT INTO t3 SELECT NULL FROM t3 a1, t3 a2, t3 a3, t3 a4, t3 a5
create database test1
set optimizer_switch='mrr=on,mrr_sort_keys=on'
INSERT INTO t2 VALUES (NULL,'numeric column is NULL'),(0,NULL),(5,'five'),(2,'two'),(3,'three')
drop database test1
create table t2 (a int, b int, c text)
CREATE TABLE t1 (\n  id int NOT NULL,\n  amount decimal DEFAULT NULL,\nPRIMARY KEY (id)\n)
set optimizer_switch="derived_merge=on"
CREATE TABLE t1 (\n  c1 INT, c2 INT, c3 INT, c4 INT, c5 INT, c6 INT, c7 INT, c8 INT,\n  c9 INT, c10 INT, c11 INT, c12 INT, c13 INT, c14 INT, c15 INT, c16 INT,\n  c17 INT, c18 INT, c19 INT, c20 INT, c21 INT, c22 INT, c23 INT, c24 INT,\n  c25 INT, c26 INT, c27 INT, c28 INT, c29 INT, c30 INT, c31 INT, c32 INT,\n  c33 INT, c34 INT, c35 INT, c36 INT, c37 INT, c38 INT, c39 INT, c40 INT,\n  c41 INT, c42 INT, c43 INT, c44 INT, c45 INT, c46 INT, c47 INT, c48 INT,\n  c49 INT, c50 INT, c51 INT, c52 INT, c53 INT, c54 INT, c55 INT, c56 INT,\n  c57 INT, c58 INT, c59 INT, c60 INT, c61 INT, c62 INT, c63 INT, c64 INT,\n  c65 INT\n) ENGINE=InnoDB
WITH cte AS (SELECT * FROM t1) SELECT * FROM t1 NATURAL JOIN cte
ANALYZE TABLE t1
CREATE TABLE t1 (\n  id1 int, i1 int, id2 int,\n  PRIMARY KEY (id1), KEY (i1), KEY (id2)\n) ENGINE=InnoDB
insert into t1 values (1, 2), (2,2), (4,2), (4,2), (0,3), (3,3)
create table t3 (\n  id int not null, itemid int not null, userid int not null, primary key (id),\n  index idx1 (userid, itemid), index idx2 (itemid)\n) engine innodb
insert into t4 values\n(7,10,'cc'), (1,20,'aa'), (2,23,'bb'), (7,18,'cc'), (1,30,'bb'),\n(4,71,'xx'), (3,15,'aa'), (7,82,'aa'), (8,12,'dd'), (4,15,'aa'),\n(11,33,'yy'), (10,42,'zz'), (4,53,'xx'), (10,17,'yy'), (7,12,'cc'),\n(8,20,'dd'), (7,32,'bb'), (1,50,'aa'), (3,40,'bb'), (3,77,'aa')
explain select t3.a,t3.c,t.max,t.min\nfrom t3 join\n(select a, c, max(b) max, min(b) min from t4 group by a,c) t\non t3.a=t.a and t3.c=t.c\nwhere t3.b > 15
insert into t1 select seq,seq from seq_1_to_5
create table t10 (\n  grp_id int,\n  col1 int,\n  key(grp_id)\n)
insert into t10\nselect\n  A.seq,\n  B.seq\nfrom\n  seq_1_to_100 A,\n  seq_1_to_100 B
insert into t11\nselect A.seq, A.seq from seq_1_to_10 A
create table t22 (pk int primary key)
drop index a on t3
CREATE TABLE t3 (c INT, d INT, KEY(c)) ENGINE=InnoDB
CREATE TABLE t2 (b INT, KEY(b)) ENGINE=MyISAM
ANALYZE TABLE t2 PERSISTENT FOR ALL
SET optimizer_switch= @save_optimizer_switch
SET GLOBAL innodb_stats_persistent=@save_innodb_stats_persistent
select * from (select * from t1 join t2 on f1=f2) tt
create view v2 as select * from t1 join t2 on f1=f2
explain extended select * from v3 where f11 in (1,3)
explain extended select * from v4 where f2 in (1,3)
select * from (select * from t1 having f1=f1) tt
select * from (select * from \n  (select * from t1 where f1 < 7 group by f1) tt where f1 > 2) zz
explain format=json  select * from \n (select * from (select * from t1 where f1 < 7 group by f1) tt where f1 > 2) x\njoin \n (select * from (select * from t1 where f1 < 7 group by f1) tt where f1 > 2) z\n on x.f1 = z.f1
explain extended  select * from \n (select * from \n  (select * from t1 where f1 < 7 ) tt where f1 > 2 ) x\njoin \n (select * from \n  (select * from t1 where f1 < 7 ) tt where f1 > 2 ) z\n on x.f1 = z.f1
explain extended select * from (select * from v6) tt
explain select * from t1 join (select * from t2 group by f2) tt on t1.f1=tt.f2 join t1 xx on tt.f22=xx.f1
INSERT INTO t2 VALUES (149), (NULL), (224)
CREATE VIEW v2 AS SELECT t2.a FROM t2, v1 WHERE t2.a=t2.a
DELETE t1 FROM t1,v2
INSERT INTO t1 VALUES \n  (7, 74, 'yyyyyyy'), (9, 97, 'aaaaaaaaa'), (2, 23, 'tt'),\n  (5, 55, 'ddddd'), (2, 27, 'ss'), (7, 76, 'xxxxxxx'),\n  (7, 79, 'zzzzzzz'), (9, 92, 'bbbbbbbbb'), (2, 25, 'pp'),\n  (5, 53, 'eeeee'), (2, 23, 'qq'), (7, 76,'wwwwwww'),\n  (7, 74, 'uuuuuuu'), (9, 92, 'ccccccccc'), (2, 25, 'oo')
EXPLAIN EXTENDED\nSELECT t.a FROM t1 LEFT JOIN\n                (t2  t  JOIN t3 ON t3.b > 5)  ON t.a >= 1 \n  GROUP BY t.a
CREATE VIEW v1 AS SELECT a, MAX(b) AS b FROM t1 GROUP BY a
SELECT * FROM t3\n  WHERE t3.a IN (SELECT v1.a FROM v1, t2 WHERE t2.a = v1.b)
INSERT INTO t2 VALUES ('s','x')
SELECT t.f1 AS f \n  FROM (SELECT DISTINCT t1.* FROM t1,t2 WHERE t2.f2 = t1.f2) t,t3,t4\n    WHERE t4.f2 = t3.f2  AND t4.f2 = t.f1 ORDER BY f
CREATE ALGORITHM=TEMPTABLE VIEW v1 AS SELECT a,b FROM t1
SET SESSION optimizer_switch='derived_with_keys=on'
INSERT INTO t1 VALUES (1), (50), (0)
SELECT t3.b, v1.a \n  FROM t3 LEFT JOIN (t2, v1) ON t3.a <> 0\n    WHERE v1.a = v1.a OR t3.b <> 0
INSERT INTO t3 VALUES (7,8)
INSERT INTO t2 VALUES (232), (174)
CREATE VIEW v1 AS SELECT DISTINCT t2.b FROM t1,t2,t3 WHERE t3.a = t2.a
EXPLAIN\nSELECT * FROM (SELECT DISTINCT t2.b FROM t1,t2,t3 WHERE t3.a = t2.a) t
EXPLAIN \nSELECT * FROM v1
EXPLAIN EXTENDED\nSELECT t.a,t.b FROM t3 RIGHT JOIN (v1 AS t, t2) ON t2.b != 0 \n  WHERE (t.a,t.b) NOT IN (SELECT 7, 5)
INSERT INTO t3 VALUES (10,3), (9,7), (9,1), (2,4)
SELECT a FROM t1 WHERE (a,b) IN (SELECT * FROM v2)
INSERT INTO t1 VALUES ('r'), ('p')
INSERT INTO t2 VALUES (28,'j')
CREATE TABLE t4 (a int)
SELECT STRAIGHT_JOIN *\n  FROM v2 AS s2 , t5,\n       (t3 LEFT JOIN (t4 LEFT JOIN v3 AS s3 ON t4.a != 0) ON t3.a != 0)\n  WHERE s2.a != 0 AND t3.c != 0 AND t5.d = 0
SELECT STRAIGHT_JOIN *\n  FROM ( ( v2 AS s2\n           LEFT JOIN\n           ( v3 AS s3\n             LEFT JOIN\n             ( t4 AS s4 JOIN v3 ON s4.a != 0)\n             ON s3.a != 0 )\n           ON s2.a != 0)\n         LEFT JOIN \n         t1 AS s1  \n       ON s1.a != 0)\n       JOIN t5 ON s3.c != 0
CREATE TABLE t1 (a int, b int, PRIMARY KEY (a))
SELECT t1.a FROM t1\n  WHERE EXISTS (SELECT t2.a FROM t2 WHERE t2.b < t1.b)
EXPLAIN\nSELECT t1.a FROM t1\n  WHERE EXISTS (SELECT t2.a FROM t2 WHERE t2.b < t1.b)
CREATE TABLE t2 (b varchar(1))
EXPLAIN\nSELECT t2.d FROM t1,t2,v3 WHERE v3.e = t2.d AND v3.i < 3
SELECT t2.d FROM t1,t2,v3 WHERE v3.e = t2.d AND v3.i < 3
SET SESSION join_cache_level = 4
EXPLAIN\nSELECT t1.b,v2.a  FROM t1 LEFT JOIN v2 ON v2.a = t1.a
INSERT INTO t3 VALUES (8,'x'), (5,'r'), (9,'y')
INSERT INTO t1 VALUES ('y'), ('x')
CREATE TABLE t2 (a int, PRIMARY KEY (a))
EXECUTE st1
CREATE TABLE t3 (a varchar(35))
SET @@tmp_table_size=1024*4
explain SELECT * FROM (SELECT t1.* FROM t1, t2) AS t JOIN t3 ON t3.a = t.b
CREATE TABLE t1 ( col_varchar_nokey varchar(52) NOT NULL )
CREATE TABLE t3 ( col_varchar_key varchar(52))
SELECT * FROM (SELECT * FROM t1 LIMIT 3) t
SET SESSION optimizer_switch= @save_optimizer_switch
SET @save968720_optimizer_switch=@@optimizer_switch
set optimizer_switch=@save978847_optimizer_switch
INSERT INTO tv VALUES (1),(3)
drop table t1,t2,t3,t4,tv
EXPLAIN EXTENDED \nSELECT v1.c1, v1.c2 FROM v1, t2 WHERE v1.c1=t2.c1 AND v1.c2=t2.c2
SELECT v1.c1, v1.c2 FROM v1, t2 WHERE v1.c1=t2.c1 AND v1.c2=t2.c2
CREATE VIEW v AS SELECT b as c FROM t2
SELECT a, (SELECT SUM(a + c) FROM (SELECT b as c FROM t2) AS v1) FROM t1
CREATE TABLE t1 (a int, b int) ENGINE=MyISAM
INSERT INTO t1 VALUES (4,1)
EXPLAIN EXTENDED SELECT a FROM v1 WHERE a > 100 ORDER BY b
CREATE TABLE IF NOT EXISTS `pictures` ( \n  `id` int(11) NOT NULL AUTO_INCREMENT, \n  `name` varchar(100) NOT NULL, \n  `width` float DEFAULT NULL, \n  `height` float DEFAULT NULL, \n  `year` int(4) DEFAULT NULL, \n  `technique` varchar(50) DEFAULT NULL, \n  `comment` varchar(2000) DEFAULT NULL, \n  `gallery_id` int(11) NOT NULL, \n  `type` int(11) NOT NULL, \n  PRIMARY KEY (`id`), \n  KEY `gallery_id` (`gallery_id`) \n) DEFAULT CHARSET=utf8
INSERT INTO `galleries` (`id`, `name`, `year`) VALUES \n(1, 'Quand le noir et blanc invite le taupe', 2013), \n(2, 'Une touche de couleur', 2012), \n(3, 'Éclats', 2011), \n(4, 'Gris béton', 2010), \n(5, 'Expression du spalter', 2010), \n(6, 'Zénitude', 2009), \n(7, 'La force du rouge', 2008), \n(8, 'Sphères', NULL), \n(9, 'Centre', 2009), \n(10, 'Nébuleuse', NULL)
PREPARE stmt FROM '\n  INSERT INTO t1 SELECT * FROM t2 UNION SELECT * FROM (SELECT * FROM t1) AS sq  \n'
INSERT INTO t2 VALUES ('d',9)
insert into t2 values\n  (1, 100), (1, 101), (1, 102), (2, 100), (2, 103), (2, 104), \n  (3, 101), (3, 102), (3, 105)
create table t2 (b int, index idx(b)) engine=myisam
CREATE TABLE t2 (c2 varchar(3)) ENGINE=MyISAM
CREATE TABLE t1 (id int, PRIMARY KEY (id))
EXPLAIN EXTENDED\nSELECT * FROM t1  LEFT JOIN v3  ON t1.id=v3.order_pk
(select a from t1 limit 2) order by a desc
create view v1 as select * from t2
INSERT INTO t2 VALUES (1,1), (3,3)
CREATE TABLE t3 (a INT PRIMARY KEY, b INT)
PREPARE stmt FROM "SELECT * FROM v2"
INSERT INTO t1 VALUES\n  (1,10), (2,10), (1,20), (2,20), (3,20), (2,30), (4,40)
INSERT INTO t1 VALUES (2,2), (2,2), (3,3), (3,3), (3,3), (4,4)
prepare stmt from "select * from v"
WITH demo AS\n(\n  SELECT seq1.seq AS dim1, seq2.seq AS dim2, seq3.seq AS dim3,\n         FLOOR(RAND(13) * 5) AS p\n    FROM seq_100_to_105 seq1\n         JOIN seq_10_to_15 seq2\n         JOIN seq_1_to_5 seq3\n)\nSELECT d.*, SUM(p) FROM demo d
create table t2 (\n  VoteID int(10),\n  ElectionID int(10),\n  UserID int(10)\n)
create view v as select a from t2 order by a
create view v1 AS select * from t1 join t2 order by b
insert into t1 select A.seq, B.seq*10 from seq_1_to_10 A, seq_1_to_10 B
select * from t1 force index(ab) where a>=8 and b<=50
CREATE TABLE t1 (p int NOT NULL, a int NOT NULL, PRIMARY KEY (p,a desc))
EXPLAIN select MIN(a) from t1 where p = 2 group by p
explain select * from t1 where b = 255 AND a IS NULL
SELECT RELEASE_LOCK('dangling')
CREATE TABLE t2 (facility char(20))
INSERT INTO t1 VALUES (NULL,NULL)
INSERT INTO t1 VALUES (-1,'')
INSERT INTO t1 VALUES (0,'')
select id+0 as a,max(id),concat(facility) as b from t1 group by a order by b desc,a
select id >= 0 and id <= 5 as grp,count(*) from t1 group by grp
select count(*) from t1 where facility IS NOT NULL
select count(*) from t1 where id IS NOT NULL
SELECT DISTINCT UserId FROM t1 WHERE UserId=22 group by Userid
CREATE TABLE t1 (a int(10) unsigned not null primary key,b int(10) unsigned)
INSERT INTO t1 VALUES (1,1),(2,1),(3,1),(4,1)
CREATE TABLE t2 (a int(10) unsigned not null, key (A))
create temporary table t4 select * from t3
select distinct 1 from t1,t3 where t1.a=t3.a
explain SELECT distinct t1.a from t1
explain SELECT distinct t1.a from t1 order by a desc limit 1
SELECT DISTINCT 1 FROM t1 LIMIT 2
create table t2 (\n    id\t\tint not null,\n    idx\t\tint not null,\n    unique\t(id, idx)\n)
insert into t3 values (1,1)
select distinct a,sec_to_time(sum(time_to_sec(t))) from t1 group by a,b
select t1.a,sec_to_time(sum(time_to_sec(t))) from t1 left join t2 on (t1.b=t2.a) group by t1.a,t2.b
select distinct a from t1 where a >= '1' order by a desc
INSERT INTO t2(infoID, shipcode) VALUES\n      (1, 'Z001'),\n      (2, 'R002')
INSERT t1 VALUES (1,2,3)
CREATE TABLE t2 (a int primary key, b int, c int)
CREATE table t1 (  `id` int(11) NOT NULL auto_increment,  `name` varchar(50) NOT NULL default '',  PRIMARY KEY  (`id`)) ENGINE=MyISAM AUTO_INCREMENT=3
drop  table t1
INSERT INTO t1 VALUES (1,1), (2,1), (3,1)
EXPLAIN SELECT DISTINCT a,b FROM t1
EXPLAIN SELECT DISTINCT t1_1.a, t1_1.b FROM t1 t1_1, t1 t1_2
EXPLAIN SELECT a FROM t1 GROUP BY a
CREATE UNIQUE INDEX c_b_unq ON t2 (c,b)
create table t1 (id int, dsc varchar(50))
select count(distinct x,y) from t1
select count(distinct concat(x,y)) from t1
INSERT INTO t1 SELECT a + 8, a + 108 FROM t1
SELECT DISTINCT a,a FROM t1 WHERE b < 12 ORDER BY a
SELECT DISTINCT fruit_id, fruit_name INTO @v1, @v2 FROM t1 WHERE fruit_name = \n'APPLE'
SELECT @v5, @v6, @v7, @v8, @v9, @v10
SELECT @v17, @v18
SELECT @v19, @v20
CREATE TABLE t2 (a CHAR(5) CHARACTER SET latin1 COLLATE latin1_general_ci)
SELECT COUNT(*) FROM \n  (SELECT DISTINCT a FROM t2 WHERE a='oe' COLLATE latin1_german2_ci) dt
SELECT DISTINCT a, b, d, c FROM t1
SET @old_max_heap_table_size = @@max_heap_table_size
INSERT INTO t1 SELECT 5 + 10000 * RAND(), '5' FROM t1
SELECT c1, c2, COUNT(*) FROM t1 GROUP BY c1 LIMIT 4
select distinct time(f1) from t1
create table t1(i int, g int)
insert into t1 values (0),(7)
select distinct (select max(a) from t1 where alias.b = a) as field1 from t2 as alias group by field1
EXPLAIN EXTENDED\nSELECT STRAIGHT_JOIN DISTINCT t1.id  FROM\n  t1, v1, t2 WHERE v1.id = t2.i AND t1.i1 = v1.i1 AND t2.i != 3
INSERT INTO t1 SELECT a+16 FROM t1
INSERT INTO t1 SELECT a+32 FROM t1
select count(distinct case when id<=63 then id end) from tb
SET @@tmp_table_size= @tmp_table_size_save
SELECT DISTINCT b1+'0', b2+'0', b3+'0', b4+'0', b5+'0', b6 +'0'   FROM t1
explain\n( SELECT DISTINCT 1 FROM t1 ORDER BY BENCHMARK(1, MIN(pk)) )\nUNION\n( SELECT DISTINCT 1 FROM t1 ORDER BY BENCHMARK(1, MIN(pk)) )
select distinct sum(distinct 1), sum(t1.d) > 2, length(group_concat(t1.d)) > 1000,t1.c from (t1 e join t1) group by t1.c having t1.c > -2
create table t1 (a int primary key)
insert into t2 select seq,seq from seq_1_to_10
insert into t1 values (1, 'Aa123456', 'abc'), (2, 'Bb7897777', 'def'),\n  (3, 'Cc01287', 'xyz'), (5, 'd12345', 'efg')
CREATE TABLE t1 (a INT NOT NULL PRIMARY KEY, b INT NOT NULL)
SELECT AVG(DISTINCT t1.a) FROM (SELECT 1 AS a) AS t2, t1, (SELECT 2 AS a) AS t3
SELECT COUNT(DISTINCT b, a) FROM t3
create table t1(n int)
create table mysqltest.mysqltest (n int)
create table t1(c int)
DROP DATABASE mysql_test
DROP TABLE table1
set @@session.sql_if_exists=1
DROP TABLE `##################################################_long`.`#################################################_long`
create table t2 (a int) engine=archive partition by hash(a) partitions 3
select table_schema, table_name, engine, row_format from information_schema.tables where table_name like 't_' order by 1,2
drop table if exists t1,t3,t2
drop table if exists t1,v1,v2,t2
drop table if exists s1,v1,s2,v2
drop temporary table if exists tt1,tt2
drop temporary table t1,t2,t3
drop temporary table t1,s1,s2,t2
drop temporary table v1,s1,s2,v2,t2
drop temporary table if exists t1,t2,t3
drop temporary table if exists t1,s1,s2,t2
drop temporary table if exists t1,s1,v1,t3,t4
drop temporary table if exists s2,v2,t2,t1
drop temporary table if exists s1,v1,s2,v2
drop sequence s1,s2,s3
drop sequence s1,t1,t2,s2,s3,s4
drop sequence s1,v1,v2,s2
drop sequence t1,v1,t2,v2,s2
drop sequence if exists s1,s3,s2
drop sequence if exists t1,v1,t2,v2
drop temporary sequence t2,v2,s2,s1
drop temporary sequence if exists s1,s2,s3
drop temporary sequence if exists s1,v1,v2,s2
drop temporary sequence if exists s1,t1,v1,t3,s4
drop view v1,v4,v2,v3
drop view v1,t1,t2,v2
drop view t1,s1,t2,s2
drop view if exists v1,v4,v2,v3
drop view if exists v1,t1,t2,v2
drop view if exists s1,t1,t2,s2,v2
drop view if exists t2,s2,v2,v1
SET default_storage_engine=@save_default_engine
drop user test
select hex(COLUMN_CREATE(1, 1212 AS char character set utf8)) as ex
select hex(COLUMN_CREATE(1, NULL AS unsigned int))
select hex(COLUMN_CREATE(1, 99999999999999999999999999999 AS unsigned int)) as ex
select hex(COLUMN_CREATE(1, 99999999999999999999999999999 AS double)) as ex
select hex(COLUMN_CREATE(1, "0:45:49.000001" AS time))
explain extended\nselect column_get(column_create(1, 1212 AS unsigned int), 1 as unsigned int) as ex
select column_get(column_create(1, "2011-04-05" AS date), 1 as unsigned int) as ex
select column_get(column_create(1, 99999999999999999999999999999 AS decimal), 1 as unsigned int) as ex
select column_get(column_create(1, 1212 AS int), 1 as int) as ex
explain extended\nselect column_get(column_create(1, 1212 AS int), 1 as int) as ex
select column_get(column_create(1, "-1212" AS char), 1 as int) as ex
select column_get(column_create(1, "-1212III" AS char), 1 as int) as ex
select column_get(COLUMN_CREATE(1, ~0), 1 as unsigned) as ex
select column_get(COLUMN_CREATE(1, -1), 1 as unsigned) as ex
select column_get(column_create(1, 18446744073709551615 AS unsigned int), 1 as char charset utf8) as ex
select column_get(column_create(1, "-808:46:06.23434" AS time(6)), 1 as double) as ex
select column_get(column_create(1, "2011-04-05 8:46:06.23434" AS datetime), 1 as double) as ex
select column_get(column_create(1, "1223.5555" as decimal(10,5)), 1 as decimal(6,2)) as ex
select column_get(column_create(1, "aa" AS char), 1 as decimal(32,10)) as ex
select column_get(column_create(1, "2011-04-05 8:46:06.23434" AS datetime), 1 as decimal) as ex
select column_get(column_create(1, "1223.5555" as double), 1 as decimal(5,2)) as ex
select column_get(column_create(1, "2011-04-05 8:46:06.23434" AS datetime), 1 as datetime) as ex
select column_get(column_create(1, "20010203"), 1 as datetime) as ex
select column_get(column_create(1, "2001021"), 1 as datetime) as ex
select column_get(column_create(1, "0" AS CHAR), 1 as datetime) as ex
select column_get(column_create(1, "2011-00-00 8:46:06.23434" AS CHAR), 1 as date) as ex
select column_get(column_create(1, 20010203.0 as double), 1 as date) as ex
select column_get(column_create(1, "2001-02-03"), 1 as date) as ex
select column_get(column_create(1, "20010203"), 1 as date) as ex
select column_get(column_create(1, 0), 1 as date) as ex
select column_get(column_create(1, "2011-02-30 18:46:06.23434" AS CHAR), 1 as date) as ex
select column_get(column_create(1, 18446744073709551615 AS unsigned int), 1 as date) as ex
select column_get(column_create(1, 99999999999999999999999999999 AS decimal(32,10)), 1 as date) as ex
select column_get(column_create(1, "20010231"), 1 as date) as ex
select column_get(column_create(1, -8080102 as int), 1 as time) as ex
select column_get(column_create(1, "2001-02-03 10:11:12.121314" as char), 1 as time(6)) as ex
select column_get(column_create(1, "2011-00-01 8:46:06.23434" AS CHAR), 1 as time(6)) as ex
select cast("-830:46:06.23434" AS time(6)) as ex
select column_get(column_create(1, "2001021"), 1 as time) as ex
select column_get(column_create(1, 18446744073709551615 AS unsigned int), 1 as time) as ex
select hex(column_delete(column_create(1, 1 as integer, 2, 2 as integer, 3, 3 as integer), 3)) as ex
select hex(column_delete(column_create(1, 1 as integer, 2, 2 as integer, 3, 3 as integer), 4)) as ex
select hex(column_delete(column_create(1, 1 as integer, 2, 2 as integer, 3, 3 as integer), 2, 3)) as ex
select hex(column_delete(column_create(1, 1 as integer, 2, 2 as integer, 3, 3 as integer), 1, 2, 3, 10)) as ex
select hex(column_delete("", 1)) as ex
select column_list(column_create(1, 1212 as integer)) as ex
select column_list(column_create(1, NULL as integer)) as ex
select hex(column_add("", -1, 1))
select hex(column_add("", 65536, 1))
insert into t1 values (1, ''), (2, ''), (3, ''), (4, ''), (5, null)
select id, str, column_get(str, 1 as int) from t1
update t1 set str=column_add(str, 1, id, 2, "b") where id >= 4
select column_get(str, 2 as char), sum(column_get(str, 1 as int)) from t1 group by column_get(str, 2 as char)
select id, hex(str) from t1
set @a=0x0102000200030004000F0D086B74697A6A7176746F6B687563726A746E7A746A666163726C6F7A6B62636B6B756B666779666977617369796F67756C726D62677A72756E63626D78636D7077706A6F736C6D636464696770786B6371637A6A6A6463737A6A676879716462637178646C666E6B6C726A637677696E7271746C616D646368687A6C707869786D666F666261797470616A63797673737A796D74747475666B717573687A79696E7276706F796A6E767361796A6F6D646F6378677A667074746363736A796D67746C786F697873686464616265616A7A6F7168707A6B776B6376737A6B72666C6F666C69636163686F6B666D627166786A71616F
set @a=0x00020008000009000C2C010080
select COLUMN_GET(@a, 9 AS DECIMAL)
select hex(COLUMN_CREATE(0, COLUMN_GET(COLUMN_CREATE(0, 0.0 as decimal), 0 as decimal))) as ex
create view v1 as select i, column_get(d, 1 as decimal) as a from t1
INSERT INTO t1 SET dyn = COLUMN_CREATE( 'a', REPEAT('a', 250), 'b', REPEAT('b', 322) )
CREATE TABLE t1 (dyncol TINYBLOB) ENGINE=MyISAM
select column_get(column_create(1, "18446744073709552001" as char), 1 as int) as ex
select hex(column_create("1212", 2, 3, 3))
select column_get(column_create("1212", 2, "адын", 1, 3, 3), "3" as int) as ex
select column_get(column_create("1212", 2, "адын", 1, 3, 3), "4" as int) as ex
select column_exists(column_create("1212", 2, "адын", 1, 3, 3), "3") as ex
select hex(column_add(column_create(1, "AAA"), "b", "BBB")) as ex
select column_get(column_add(column_create(1, "AAA"), "b", "BBB"), 1 as char) as ex
select hex(column_add(column_create("a", NULL as integer), "a", 1212 as integer, "b", 11 as integer)) as ex
select hex(column_delete(column_create("a", 1 as integer, "b", 2 as integer, "c", 3 as integer), "a", "b", "c", "e")) as ex
select hex(column_delete(column_create("a", 1), "a")) as ex
select column_check(f1) from t1
SELECT COLUMN_EXISTS( NULL, 'col') as ex
SELECT COLUMN_CHECK(NULL)
select column_json(column_create(1, "val", 2, column_create(3, "val2"))) as ex
select hex(column_create(1, "2012-12-21 10:46:06" AS datetime)) as hex,\n       column_json(column_create(1, "2012-12-21 10:46:06" AS datetime)) as js
SELECT COLUMN_GET(COLUMN_CREATE(1, 0xC2A2 AS CHAR CHARACTER SET utf8), 1 AS CHAR CHARACTER SET utf8) AS a
SELECT COLUMN_JSON(COLUMN_CREATE('test','"\\\\\\t\\n\\Z')) AS json
SELECT COLUMN_JSON(COLUMN_CREATE('test','First line\\nSecond line')) AS json
INSERT INTO t1 (name,value) VALUES ('name0', 'value0')
create table t1 (\n  c1 varchar(32) primary key,\n  d1  blob\n)
create server '' foreign data wrapper w2 options (host '127.0.0.1')
drop server ''
set sql_mode= 'empty_string_is_null'
select * from t1 limit 0
SELECT b FROM t1 LEFT JOIN t2 ON t2.c = a WHERE a IS NULL ORDER BY b
SET optimizer_switch = 'not_null_range_scan=on'
create table t1 (text1 varchar(32) not NULL, KEY key1 (text1))
alter table t1 modify text1 text not null, pack_keys=1
explain select concat('|', text1, '|') from t1 where text1='teststring '
select concat('|', text1, '|') from t1 where text1='teststring' or text1 >= 'teststring\\t'
select * from t1 where text1='teststring' or text1 >= 'teststring\\t'
SET GLOBAL enforce_storage_engine=NULL
CREATE INDEX x on t4 (a)
SET debug_dbug= @saved_dbug
SET SESSION debug_dbug='+d,alter_table_only_index_change'
INSERT INTO t1 VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)
INSERT INTO t2 VALUES (1, 1, 'data')
INSERT IGNORE INTO t2 SELECT f1 FROM t1 a WHERE NOT EXISTS (SELECT 1 FROM t2 b WHERE a.f1 = b.f1)
SELECT a FROM t1 ORDER BY rand(1)
select count(not_existing_database.t1) from t1
CREATE TABLE t2 SELECT b FROM t1
CREATE TABLE t1(c1 BINARY(10), c2 BINARY(10), c3 BINARY(10),\nPRIMARY KEY(c1,c2,c3))
SELECT '' AS b FROM t1 GROUP BY VALUE(b)
REPLACE t2(b) SELECT '' AS b FROM t1 GROUP BY VALUE(b)
create table t1 (a varchar(100), UNIQUE KEY akey (a))
SELECT UPDATEXML(-73 * -2465717823867977728,@@global.long_query_time,null)
CREATE PROCEDURE P1 ()\nBEGIN NOT ATOMIC\n  IF (SELECT 2) THEN\n    SELECT 4;\n  END IF ;\nEND;
drop procedure P1
CREATE USER pauline@localhost
CREATE EVENT e_x1 ON SCHEDULE EVERY 1 SECOND DO DROP DATABASE db_x
create event non_qualif_ev on schedule every 10 minute do insert into non_qualif values (800219)
alter event non_existant rename to non_existant_too
select count(*) from t_event3
SHOW CREATE EVENT root6
create event root10 on schedule every '20:5' day_hour do select 1
SHOW CREATE EVENT root11
create event root14 on schedule every '35:35' minute_second do select 1
create event root17 on schedule every '35:12:45' day_minute do select 1
create event root17_1 on schedule every '35:25:65' day_minute do select 1
show create event root22
drop event root22
drop event root9
drop event root17_1
drop event root19
CREATE EVENT intact_check ON SCHEDULE EVERY 10 HOUR DO SELECT "nothing"
DROP EVENT intact_check
CREATE DATABASE mysqltest_db2
CREATE TABLE mysql.event like event_like
DROP TABLE event_like
CREATE EVENT ev1 ON SCHEDULE EVERY 5 HOUR DO SELECT 5
select definer, name, db from mysql.event
select /*2*/ user, host, db, command, state, info\n  from information_schema.processlist\n  where (info like "select get_lock%" OR user='event_scheduler')\n  order by info
set global event_scheduler=1
select get_lock("test_lock2_1", 20)
create trigger t1_ai after insert on t1 for each row show create event e1
create event e1 on schedule every 10 hour do select 1
create event e2 on schedule every 10 hour do select 1
alter event e2 rename to e3
lock table t1 write, mysql.event read
lock table t1 write, mysql.event write
create function f1() returns int\nbegin\n  call p1();\n  return 0;\nend
drop temporary table tmp
set @@global.concurrent_insert = 0
select * from information_schema.global_variables where variable_name like 'event_scheduler'
CREATE EVENT Lower_case ON SCHEDULE EVERY 2 MINUTE DO SELECT 2
CREATE EVENT долен_регистър_утф8 ON SCHEDULE EVERY 3 YEAR DO SELECT 300
DROP EVENT ДОЛЕН_регистър_утф8
create event e_55 on schedule at 20200101000000 starts 10000101000000 ends 10000101000000 do drop table t
select get_lock('test_bug16407', 60)
select /*1*/ user, host, db, info from information_schema.processlist\nwhere state = 'User lock' and info = 'select get_lock(\\'test_bug16407\\', 60)'
drop event e_16407
create event ee_16407_2 on schedule every 60 second do\nbegin\n  select get_lock('ee_16407_2', 60); /*ee_16407_2*/\n  select release_lock('ee_16407_2');\n  insert into events_test.events_smode_test values('ee_16407_2','1980-19-02');\nend
create event ee_16407_4 on schedule every 60 second do\nbegin\n  select get_lock('ee_16407_2', 60); /*ee_16407_4*/\n  select release_lock('ee_16407_2');\n  insert into events_test.events_smode_test values ('ee_16407_4','10-11-1956');\nend
delete from events_test.events_smode_test
create procedure ee_16407_5_pendant() begin insert into events_test.events_smode_test values('ee_16407_5','2001-02-29'); end
create procedure ee_16407_6_pendant() begin insert into events_test.events_smode_test values('ee_16407_6','2004-02-29'); end
create event ee_16407_6 on schedule every 60 second do\nbegin\n  select get_lock('ee_16407_5', 60); /*ee_16407_6*/\n  select release_lock('ee_16407_5');\n  call events_test.ee_16407_6_pendant();\nend
select /*4*/ user, host, db, info from information_schema.processlist\nwhere state = 'User lock' and info = 'select get_lock(\\'ee_16407_5\\', 60)'
select release_lock('ee_16407_5')
create database mysqltest_db1
drop event if exists e22830_1
drop event if exists e22830_4
insert into t1 values (2)
create event e22830_1 on schedule every 1 hour do\nbegin\n  call p22830_wait();\n  alter event e22830_1 on schedule every (select 8 from dual) hour;\nend
drop event (select a from t2)
drop event e22830_4
SET TIME_ZONE= '+04:00'
SET TIME_ZONE='-05:00'
ALTER EVENT e1 ON SCHEDULE EVERY 1 HOUR STARTS '1999-01-01 00:00:00'\n  ENDS '1999-01-02 00:00:00' ON COMPLETION PRESERVE
CREATE EVENT e6 ON SCHEDULE EVERY 1 HOUR STARTS '1999-01-01 00:00:00' DO\n  SELECT 1
DROP EVENT e5
CREATE EVENT new_event ON SCHEDULE EVERY 0 SECOND DO SELECT 1
CREATE EVENT new_event ON SCHEDULE AT (SELECT "every day") DO SELECT 1
DROP USER evtest1@localhost
DROP TABLE events_test.event_log
DROP EVENT bug28641
DROP EVENT IF EXISTS e1
SET GLOBAL READ_ONLY = 0
SET GLOBAL EVENT_SCHEDULER = OFF
drop procedure if exists p
DROP DATABASE event_test11764334
CREATE EVENT e ON SCHEDULE EVERY 1 HOUR STARTS ROW(1,2) DO SELECT 1
CREATE EVENT e ON SCHEDULE EVERY 1 HOUR ENDS ROW(1,2) DO SELECT 1
GRANT ALL ON events_test2.* to ev_test@localhost
SHOW EVENTS FROM test LIKE '%'
SELECT EVENT_CATALOG, EVENT_SCHEMA, EVENT_NAME, DEFINER, EVENT_BODY, EVENT_DEFINITION, EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE, INTERVAL_FIELD, STATUS,ON_COMPLETION, EVENT_COMMENT FROM INFORMATION_SCHEMA.EVENTS WHERE EVENT_NAME='one_event'
ALTER EVENT one_event COMMENT "comment"
ALTER EVENT one_event COMMENT "new comment"
DROP EVENT one_event
create database if not exists events_test
create event ev_log_general on schedule at now() on completion not preserve do select 'events_logs_test' as inside_event
create event ev_log_general on schedule at now() on completion not preserve\n  do select 'events_logs_test' as inside_event, sleep(1.5)
set @@global.long_query_time=1
CREATE USER u@localhost
CREATE EVENT e\n  ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 0.1 SECOND\n  DO SELECT SLEEP(10000)
show processlist
select @@event_scheduler
alter event intact_check_1 on schedule every 8 hour do select 8
set global event_scheduler=original
drop table execution_log
SET GLOBAL event_scheduler=ON
SET GLOBAL event_scheduler=2
DROP EVENT event_1
DROP EVENT event_4
DROP TABLE table_3
SET GLOBAL event_scheduler=@event_scheduler
set @event_scheduler_save= @@global.event_scheduler
CREATE TABLE events_test.fill_it2(test_name varchar(20), occur datetime)
SELECT COUNT(*) FROM INFORMATION_SCHEMA.EVENTS
DROP DATABASE events_conn1_test2
USE events_conn1_test3
DROP DATABASE events_conn3_db
DROP DATABASE events_conn1_test4
DROP USER event_user2@localhost
CREATE TABLE t1 (count INT, unix_time INT, local_time INT, comment CHAR(80))
CREATE TABLE t2 (count INT)
SET @offset_month_04= UNIX_TIMESTAMP('2030-04-30 12:00:00') - @now - 13*@step
INSERT INTO mysql.time_zone_transition_type\n  VALUES (@tzid, 1, @offset_month_02, 1, 'b16420_1')
select @@autocommit
begin work
drop event if exists e2
create event mysqltest_no_such_database.e1 on schedule every 1 day do select 1
ROLLBACK WORK TO SAVEPOINT A
create database mysqltest_db2
ANALYZE format=json (select a,b from t1) except (select c,d from t2)
create table t3 (e int, f int) engine=MyISAM
select * from ((select a,b,e,f from t1,t3) except (select c,d,g,h from t2,t4)) a
CREATE TABLE t (i INT)
ANALYZE format=json select * from ((select a from t1) except all (select c from t2)) a
(select a,b,e,f from t1,t3) except all (select c,d,g,h from t2,t4)
CREATE TABLE `t_bug21476` (\n  `ID_BOARD` smallint(5) unsigned NOT NULL default '0',\n  `ID_MEMBER` mediumint(8) unsigned NOT NULL default '0',\n  `logTime` int(10) unsigned NOT NULL default '0',\n  `ID_MSG` mediumint(8) unsigned NOT NULL default '0',\n  PRIMARY KEY  (`ID_MEMBER`,`ID_BOARD`),\n  KEY `logTime` (`logTime`)\n) ENGINE=MyISAM DEFAULT CHARSET=cp1251 COLLATE=cp1251_bulgarian_ci
INSERT INTO `t_bug21476` VALUES (2,2,1154870939,0),(1,2,1154870957,0),(2,183,1154941362,0),(2,84,1154904301,0),(1,84,1154905867,0),(2,13,1154947484,10271),(3,84,1154880549,0),(1,6,1154892183,0),(2,25,1154947581,10271),(3,25,1154904760,0),(1,25,1154947373,10271),(1,179,1154899992,0),(2,179,1154899410,0),(5,25,1154901666,0),(2,329,1154902026,0),(3,329,1154902040,0),(1,329,1154902058,0),(1,13,1154930841,0),(3,85,1154904987,0),(1,183,1154929665,0),(3,13,1154931268,0),(1,85,1154936888,0),(1,169,1154937959,0),(2,169,1154941717,0),(3,183,1154939810,0),(3,169,1154941734,0)
explain select * from t1 where str is null
explain select * from t1 ignore key (str,str,foo) where str="foo"
explain extended select * from v1 where f2=1
explain extended select * from t1 having 0
EXPLAIN SELECT 1 FROM\n  (SELECT 1 FROM t2,t1 WHERE b < c GROUP BY 1 LIMIT 1) AS d2
INSERT INTO t1 VALUES (repeat('b',@@global.max_allowed_packet))
CREATE TABLE t1 (f1 INT not null)
EXPLAIN SELECT OUTR.dt FROM t1 AS OUTR WHERE OUTR.dt IN (SELECT INNR.dt FROM t2 AS INNR WHERE OUTR.dt IS NULL )
EXPLAIN EXTENDED SELECT (SELECT 1 FROM t2 WHERE d = c) FROM t1
INSERT INTO t1 VALUES(3, 1, 1, 1)
EXPLAIN SELECT 1 FROM t1\nWHERE 1 > ALL((SELECT t1.f1 FROM t1 JOIN t1 a ON (MATCH(t1.f1) AGAINST (""))\nWHERE t1.f1 GROUP BY t1.f1))
explain replace into t2 select 100, (select a from t1)
SET GLOBAL slow_query_log = 1
SELECT * FROM (SELECT id FROM t1 GROUP BY id) dt WHERE 1=0
explain\nSELECT * FROM (SELECT id FROM t1 GROUP BY id) dt WHERE 1=0
drop table if exists t0,t1,t2
explain format=json select * from t0,t1 where t1.a=t0.a
explain format=json insert into t0 values (1)
insert into t1 select  A.a, B.a, C.a, D.a from t2 A, t2 B, t2 C, t2 D
explain select count(distinct b) from t1 group by a
analyze format=json select count(distinct b) from t1 group by a
create table t1 (\n  a1 char(64), a2 char(64), b char(16), c char(16) not null, d char(16), dummy char(248) default ' '\n)
create index idx_t1_1 on t1 (a1,a2,b,c)
explain format=json select count(distinct a1,a2,b) from t1 where (a2 >= 'b') and (b = 'a')
explain format=json select a, max(b) as TOP from t2 group by a having 1<>2
explain \nselect * from t1
explain\nselect * from t3,t4 where t3.a=t4.a and (t4.b+1 <= t3.b+1)
set join_cache_level=@tmp_join_cache_level
explain format=json select * from t1 order by a desc, b
analyze format=json delete from t1 where a in (20,30,40)
create table t1 (a int, b int, filler char(100), key(a), key(b))
explain delete from t1 where a < (select max(a) from t0 where a < t1.b)
explain update t1 set a=a+1 order by a limit 2
explain update t1 set filler='fooo' where a<20 order by b limit 2
SELECT * FROM t1 INNER JOIN ( SELECT DISTINCT * FROM t1 ) AS sq ON (sq.i = t1.i)
explain partitions update t1 set i = 3
create table t1 (a int, b int) \npartition by range (a) (\n partition p0 values less than (10),\n partition p1 values less than (20),\n partition p2 values less than (30)\n)
explain insert into t1 values (1),(2),(3)
CREATE TABLE t2 (b INT) ENGINE = MyISAM
PREPARE stmt FROM 'EXPLAIN INSERT INTO t1 SELECT * FROM t2'
SET @save2= @@long_query_time
replace mysql.global_priv select * from global_priv_backup
DROP USER foo
CREATE TABLE t1(\n\tf1 varchar(10) CHARACTER SET UTF8MB4 COLLATE UTF8MB4_BIN,\n\tINDEX (f1(3)))ENGINE=INNODB
SELECT f1 FROM t1 FORCE INDEX (`f1`) WHERE f1 = 'தமிழ்'
INSERT INTO t1(col1) VALUES(1)
INSERT t SET c=POINT(1,1)
select column_get(@b, 2 as integer)
CREATE TABLE t1 (a VARCHAR(200), b TEXT, FULLTEXT (a,b)) engine=myisam
SET lc_messages=sr_RS
show status like "%trigger%"
show status like "feature_insert_returning"
create table t_keyword (`offset` int)
select * from t1\norder by a\noffset 2 rows
select * from t1\nfetch next rows only
select * from t1\noffset 2 rows\nfetch next rows only
select * from t1\nfetch next rows with ties
select * from t1\noffset 2 rows\nfetch next 3 row only
select * from t1\norder by a\nfetch next 3 row with ties
insert into t1 values\n  (1, 'Alice', 'Fowler', 5),\n  (2, 'John', 'Doe', 6),\n  (3, 'John', 'Smith', 6),\n  (4, 'John', 'Smith', 6),\n  (5, 'John', 'Smith', 7),\n  (6, 'John', 'Elton', 8.1),\n  (7, 'Bob',  'Trasc', 9),\n  (8, 'Silvia', 'Ganush', 10)
select * from t1\norder by first_name\nfetch first 3 rows with ties
select * from t1\norder by first_name, last_name\noffset 1 rows\nfetch first 3 rows with ties
select t1.id, t1.first_name, t1.last_name, t1.score, t2.location\nfrom t1 inner join t2 on t1.id = t2.fk\norder by t1.first_name, t1.last_name\nfetch first 3 rows only
select t1.id, t1.first_name, t1.last_name, t1.score, t2.location\nfrom t1 inner join t2 on t1.id = t2.fk\norder by t2.location, t1.first_name, t1.last_name\nfetch first 3 rows with ties
create view v1 as (\n  select * from t2\n  order by t2.location desc\n  offset 0 rows\n  fetch first 2 rows with ties\n)
create view v2 as (\n  select * from t2\n  order by t2.location desc\n  offset 1 rows\n  fetch first 2 rows with ties\n)
select first_name, last_name\nfrom t1\norder by first_name desc\noffset 1 rows\nfetch first 2 rows with ties
select first_name, last_name\nfrom t1\nwhere first_name != 'John'\ngroup by first_name, last_name\norder by first_name\nfetch first 2 rows with ties
explain with temp_table as (\n  select first_name, last_name\n  from t1\n  where first_name != 'John'\n  group by first_name, last_name\n  order by first_name\n  fetch first 2 rows with ties\n)\nselect * from temp_table\norder by first_name, last_name
insert into t2 values (3, 'home', '2020-01-01 12:00', 12, 3)
insert into t2 values (4, 'home', '2020-01-01 13:00', 13, 3)
insert into t2 values (6, 'home', '2020-01-01 15:00', 13, 2)
insert into t2 values (7, 'home', '2020-01-01 16:00', 13, 6)
insert into t2 values (10, 'outside', '2020-01-01 19:00', 17, 8)
execute s2 using -1, 3
select b, a, sum(a)\nfrom t1\ngroup by a\norder by 'x', 'y', b\nfetch first 1 rows with ties
select a, b, sum(a)\nfrom t1\ngroup by a, b\norder by (select 1), a\nfetch first 1 rows with ties
SELECT a FROM t ORDER BY a FETCH FIRST 2 ROWS WITH TIES
EXPLAIN SELECT DISTINCT a, b FROM t1 ORDER BY a FETCH FIRST 3 ROWS WITH TIES
select country, city, min(user_score)\nfrom t1 use index()\nwhere user_score between 9 and 199\ngroup by country, city\norder by country\nfetch first 5 rows with ties
INSERT INTO t1(f1) VALUES (0),(1),(2),(3),(4),(5)
DELETE IGNORE FROM t1 ORDER BY c26,c7,c23,c4,c25,c5,c20,\nc19,c21,c8,c1,c27,c28,c3,c9,c22,c24,c6,c2,pk LIMIT 2
DELETE FROM t1 ORDER BY c26,c7,c23,c4,c25,c5,c20,\nc19,c21,c8,c1,c27,c28,c3,c9,c22,c24,c6,c2,pk LIMIT 2
FOR i IN 0..50\nDO\n  INSERT INTO t1 VALUES (i, REPEAT('a',1));\nEND FOR;
SELECT HEX(code), HEX(str) FROM t1 ORDER BY HEX(str)
GRANT CREATE VIEW, SHOW VIEW ON testdb.v1 TO 'show_view_tbl'@'localhost'
GRANT RELOAD, SELECT ON *.* TO user3@localhost
DROP USER user1@localhost, user2@localhost, user3@localhost,\n          user4@localhost, user5@localhost
FLUSH TABLES FOR EXPORT
DROP TABLE export
CREATE TABLE t1 (a INT PRIMARY KEY, b INT) engine= InnoDB
LOCK TABLES test.t1 READ
LOCK TABLES test.t1 WRITE
insert into mysqltest.t1 values (23)
lock table t1 read, t2 read, t3 read
flush privileges, tables
insert into t3 (a) values (1)
flush table t2 with read lock
create view v3 as select * from v2
flush table v1 with read lock
CREATE TRIGGER t1_bi BEFORE INSERT ON t1 FOR EACH ROW SET @a= 1
FLUSH TABLE v2 WITH READ LOCK
ANALYZE TABLE t
call mtr.add_suppression("InnoDB: Trying to delete tablespace.*pending operations")
create user u1@localhost
create view v2 as select * from v
flush tables v2 for export
FLUSH TABLE information_schema.collations FOR EXPORT
create temporary table t2_temp(j int) engine=myisam
insert into t3_trans values (1)
delete from t1_base
create index i on t1_base (i)
drop user mysqltest_u1
release savepoint sv1
delete from t3_temp_trans
xa rollback 'test1'
set debug_sync='trans_xa_commit_after_acquire_commit_lock SIGNAL parked WAIT_FOR go'
drop table tm_temp_base
create temporary table tm_temp_temp (i int) engine=merge union=(t1_temp) insert_method=last
SET DEBUG_SYNC= 'ftwrl_before_lock SIGNAL ready WAIT_FOR go'
CREATE TABLE mysqltest.t1(a INT)
SET DEBUG_SYNC= 'mdl_acquire_lock_wait SIGNAL ready2'
SET DEBUG_SYNC= 'now SIGNAL go'
SELECT ((@id := kill_id) - kill_id) FROM t1 LIMIT 1
FLUSH SSL
create table t2(table_id char(20) primary key)
handler t2 read first limit 9
create table t1 (id int primary key) engine = innodb
insert into t2 values (3), (5)
create table t_34455 (\n  a int not null,\n  foreign key (a) references t3 (a)\n  on update set default on update set default)
alter table t_34455\n  add foreign key (a) references t3 (a)\n  on update set default on update set default)
CREATE TABLE tpk (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,name VARCHAR(100) NOT NULL) ENGINE=Innodb
SET SESSION debug_dbug="+d,frm_data_type_info"
select * from t1 where MATCH(a,b) AGAINST ("only")
select * from t1 where MATCH(a,b) AGAINST ("collections" WITH QUERY EXPANSION)
explain select * from t1 where 0<MATCH(a,b) AGAINST ("collections")
select * from t1 where MATCH(a,b) AGAINST("sear*" IN BOOLEAN MODE)
select * from t1 where MATCH(a,b) AGAINST("+search" IN BOOLEAN MODE)
select * from t1 where MATCH(a,b) AGAINST("+search +(support vector)" IN BOOLEAN MODE)
select *, MATCH(a,b) AGAINST("support collections" IN BOOLEAN MODE) as x from t1
select * from t1 where MATCH a,b AGAINST ('"text search" -"now support"' IN BOOLEAN MODE)
select * from t1 where MATCH b AGAINST ("sear*" IN BOOLEAN MODE)
delete from t1 where MATCH(a,b) AGAINST ("indexes")
create table t1 (a varchar(200) not null, fulltext (a))
select * from t1 where match a against ("+aaa10 +(bbb*)" in boolean mode)
INSERT INTO t1 VALUES (2,3),(1,2)
CREATE FULLTEXT INDEX ft1 ON t1(title)
update t1 set title='this test once revealed a bug' where id=1
SELECT * from t1 where MATCH (b) AGAINST ('apples')
alter table t1 change ref_mag ref_mag char (255) not null
CREATE TABLE t1 (t text character set utf8 not null, fulltext(t))
SELECT t, collation(t) FROM t1 WHERE MATCH t AGAINST ('Osnabrueck')
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nalter table t1 modify t varchar(200) collate latin1_german2_ci not null
create table t2 (a int, b text)
CREATE TABLE t1 (t VARCHAR(200) CHARACTER SET utf8 COLLATE utf8_unicode_ci, FULLTEXT (t))
CREATE TABLE t1 (a TEXT, FULLTEXT KEY(a))
PREPARE stmt from "SELECT a, FORMAT(MATCH(a) AGAINST('test1 test'),6) FROM t1 WHERE MATCH(a) AGAINST('test1 test')"
INSERT INTO t1 VALUES('Offside'),('City Of God')
select 1 from t1 where match(a) against ('water' in boolean mode) and b>='2008-08-01'
INSERT INTO t1 VALUES('test', 1),('test', 1),('test', 1),('test', 1),\n                     ('test', 1),('test', 2),('test', 3),('test', 4)
INSERT INTO t1 VALUES\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),\n('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('cwrd'),('awrd'),('cwrd'),\n('awrd')
INSERT INTO t1 VALUES('aaaa')
SET myisam_sort_buffer_size=@@global.myisam_sort_buffer_size
PREPARE stmt FROM\n'SELECT 1 FROM t1 WHERE 1 >\n ALL((SELECT 1 FROM t1 JOIN t1 a\n ON (MATCH(t1.f1) against (""))\n WHERE t1.f1 GROUP BY t1.f1))'
INSERT INTO t1 VALUES ('nnn3 x3 y3 ööö3','mmm3 ùùù3')
SELECT * FROM t1 WHERE MATCH (txt1,txt2) AGAINST ('ùùù2' IN BOOLEAN MODE)
CREATE FULLTEXT INDEX IF NOT EXISTS ft1 ON t1(title)
optimize table t1
select count(*) from t1 where match a against ('aaax*' in boolean mode)
select count(*) from t1 where match a against ('aaay*' in boolean mode)
insert t1 (a) values ('aaaxxx 000000')
select count(*) from t1 where a = 'aaayyy'
INSERT INTO t1 VALUES('„MySQL“')
SELECT a FROM t1 WHERE MATCH a AGAINST('“MySQL„' IN BOOLEAN MODE)
create table t1 (\n  id varchar(255),\n  business_name text null collate utf8mb4_unicode_ci,\n  street_address text,\n  fulltext index ft (business_name),\n  fulltext index ft2 (street_address)\n)
SELECT t1.q, t2.item, t2.id, MATCH t2.item AGAINST ('sushi' IN BOOLEAN MODE)\nas x FROM t2, t1 WHERE (t2.id2 = t1.id) ORDER BY x DESC,t2.id
CREATE TABLE t1 (\n id mediumint unsigned NOT NULL auto_increment,\n tag char(6) NOT NULL default '',\n value text NOT NULL default '',\n PRIMARY KEY (id),\n KEY kt(tag),\n KEY kv(value(15)),\n FULLTEXT KEY kvf(value)\n) ENGINE=MyISAM
INSERT INTO t2 VALUES (2231626,64281,0)
INSERT INTO t2 VALUES('123', 'lui')
select * from t1 where match(d, e) against ('+aword +bword' in boolean mode)
create table t2 (m_id int not null, f char(200), key (m_id))
SELECT * FROM t1 LEFT JOIN t2 ON a=b WHERE MATCH(c) AGAINST('+castle' IN BOOLEAN MODE)
CREATE TABLE t2(f2 VARCHAR(6) NOT NULL, FULLTEXT KEY(f2), UNIQUE(f2))
INSERT INTO t2 VALUES ('test')
CREATE TABLE t1 (\n  a int(11) NOT NULL auto_increment,\n  b text,\n  c varchar(254) default NULL,\n  PRIMARY KEY (a),\n  FULLTEXT KEY bb(b),\n  FULLTEXT KEY cc(c),\n  FULLTEXT KEY a(b,c)\n)
SELECT a, round(MATCH b,c AGAINST ('lala lkjh'),5) FROM t1
SELECT a, FORMAT(MATCH (message) AGAINST ('steve'),6) FROM t1 WHERE a in (2,7,4) and MATCH (message) AGAINST ('steve') ORDER BY a DESC
CREATE TABLE t3 (\n  id int(11) NOT NULL auto_increment,\n  forum int(11) NOT NULL default '0',\n  betreff varchar(70) NOT NULL default '',\n  PRIMARY KEY  (id),\n  KEY forum (forum),\n  FULLTEXT KEY betreff (betreff)\n) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=996
select a.text, b.id, b.betreff\nfrom \n  t2 a inner join t3 b on a.id = b.forum inner join\n  t1 c on b.id = c.thread\nwhere \n  match(b.betreff) against ('+abc' in boolean mode)\ngroup by a.text, b.id, b.betreff\nunion\nselect a.text, b.id, b.betreff\nfrom \n  t2 a inner join t3 b on a.id = b.forum inner join\n  t1 c on b.id = c.thread\nwhere \n  match(c.beitrag) against ('+abc' in boolean mode)\ngroup by \n  a.text, b.id, b.betreff\norder by \n  match(b.betreff) against ('+abc' in boolean mode) desc
drop table if exists test
insert t1 values ('aaaaaa bbbbbb cccccc')
insert t1 values ('bbbbbb cccccc')
select * from t1 procedure analyse()
create table t2 select * from t1 procedure analyse()
select * from t1 procedure analyse (1,1)
select f2 from t1 procedure analyse(1, 1)
CREATE TABLE t1(a INT, b INT, c INT, d INT, e INT,\n                f INT, g INT, h INT, i INT, j INT,k INT)
CREATE TABLE t1 (a VARCHAR(2) CHARSET UTF8 NOT NULL)
CREATE TABLE t1(f1 INT) ENGINE=MYISAM
CREATE TABLE t2(f2 INT) ENGINE=INNODB
SELECT * FROM t2 LIMIT 1 PROCEDURE ANALYSE()
(SELECT 1 FROM DUAL PROCEDURE ANALYSE())
(SELECT 1 FROM DUAL) PROCEDURE ANALYSE()
SELECT * FROM (SELECT * FROM t1 PROCEDURE ANALYSE())
CREATE TABLE t1 (c BLOB) ENGINE=InnoDB
CREATE TABLE t (a INT, b CHAR(10))
CREATE TABLE t (a BIGINT,KEY a USING BTREE (a))
INSERT INTO t VALUES (0),('1'),('1'),('1'),('1'),('00010101'),('99991231'),('00101000000'),('691231000000'),('700101000000'),('991231235959'),('10000101000000'),('99991231235959'),('20030100000000'),('20030000000000')
INSERT INTO t3 SELECT * FROM t
INSERT INTO t VALUES (1000000000000000)
DROP SEQUENCE t
SELECT * FROM t LIMIT 1 PROCEDURE ANALYSE()
CALL p1('BIGINT',          -1)
CALL p1('DOUBLE',          -9223372036854775808)
SELECT 18446744073709551615.0 & 18446744073709551615 AS c1
SELECT 18446744073709551615e0 & 18446744073709551615.0 AS c1
explain extended select uncompress(compress(@test_compress_string))
explain extended select uncompressed_length(compress(@test_compress_string))=length(@test_compress_string)
select uncompress(b) from t1
create table t1 (a varchar(32) not null)
explain select * from t1 where uncompress(a) is null
select *, uncompress(a), uncompress(a) is null from t1
SELECT f1,HEX(f2) FROM t1 ignore index(k1) WHERE f1='test' AND (f2= compress("test") OR f2= compress("TEST"))
create table t1 (a char(4), b double, c date, d tinyint(4))
select 'a' union select concat('a', -4)
select 'a' union select concat('a', 4 - 5)
select 'a' union select concat('a', -0.0)
create table t1(f1 varchar(6)) charset=utf8
INSERT INTO t1 VALUES ('',''), ('','First'), ('Random','Random')
SELECT CONCAT(t2,'-',t2) c2 FROM (SELECT FROM_BASE64(t) t2 FROM t1) sub
SELECT CONCAT(t2,'-',t2) c2 FROM (SELECT LEFT(t,10) t2 FROM t1) sub
INSERT INTO t1 VALUES\n('1996-03-06','1985-11-16 08:00:46','foo'),\n('2028-08-26','1900-01-01 00:00:00','bar'),\n('1973-05-04','1900-01-01 00:00:00','qux')
select length(encrypt('test'))
select encrypt('test','aa')
select password(NULL)
select encrypt('1234','_.')
create table t1 (f1 smallint(6) default null, f2  mediumtext character set utf8)\nengine=myisam default charset=latin1
SELECT CONCAT(t2,'-',t2) c2 FROM (SELECT ENCRYPT(t,'aa') t2 FROM t1) sub
SELECT f1 FROM t1                  WHERE f1='test' AND (f2= encrypt('TEST','key') OR f2= encrypt('test','key'))
INSERT INTO t1 (a) VALUES (0.1),(0.2)
INSERT INTO t1 VALUES (173865424,2,2,2,20000318233615)
INSERT INTO t1 VALUES (173865424,3,2,2,20000318233615)
INSERT INTO t1 VALUES (173865424,6,2,2,20000318233615)
INSERT INTO t1 VALUES (465931136,8,1,1,20000318160950)
insert into t1 (d) select date_add('2000-01-01',interval 8000 year)
select '2007-01-01' + interval a day from t1
insert t1 values ('2000-12-03'),('2008-05-03')
SELECT\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.5' DAY_MICROSECOND) c1,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.50' DAY_MICROSECOND) c2,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.500' DAY_MICROSECOND) c3,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.5000' DAY_MICROSECOND) c4,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.50000' DAY_MICROSECOND) c5,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.500000' DAY_MICROSECOND) c6,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.5000000' DAY_MICROSECOND) c7,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.50000000' DAY_MICROSECOND) c8,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.500000000' DAY_MICROSECOND) c9,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.5000000000' DAY_MICROSECOND) c10,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.50000000000' DAY_MICROSECOND) c11,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.500000000000' DAY_MICROSECOND) c12,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.5000000000000' DAY_MICROSECOND) c13,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.50000000000000' DAY_MICROSECOND) c14,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.500000000000000' DAY_MICROSECOND) c15,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.5000000000000000' DAY_MICROSECOND) c16,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.50000000000000000' DAY_MICROSECOND) c17,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.500000000000000000' DAY_MICROSECOND) c18,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.5000000000000000000' DAY_MICROSECOND) c19,\n  DATE_ADD('1000-01-01 00:00:00', INTERVAL '0 00:00:01.50000000000000000000' DAY_MICROSECOND) c20
select 3 & (20010101 + interval 2 day), x from v1
SELECT 1e0 IN (1e0,2e0,NULL)
SELECT 'a' IN ('a','b',NULL)
SELECT 'a' NOT IN ('a','b',NULL)
SELECT TIMESTAMP'2001-01-01 10:20:30' NOT IN ('2001-01-01 10:20:30','2001-02-02 10:20:30') as exp
SELECT a IN (1,2,3,NULL) FROM t1
SELECT a NOT IN (1,2.0,3.0) FROM t1
SELECT a IN ('a','b','c') FROM t1
SELECT a IN ('10:20:30',TIME'10:20:30',102030,102030.0,102030e0,NULL) as exp FROM t1
SELECT a IN ('2001-01-01',TIMESTAMP'2001-01-01 10:20:30',DATE'2001-01-01',TIME'10:20:30',20010101102030,20010101102030.0,20010101102030e0,NULL) as exp FROM t1
SELECT 1 IN (a,1,2,3) FROM t1
SELECT 1 NOT IN (a,1,2,3) FROM t1
SELECT 1 NOT IN (a,1,2,3,NULL) FROM t1
SELECT 'a' NOT IN (a,'b','c',NULL) FROM t1
SELECT 1.0 IN (1.0,2e0,NULL)
SELECT 1.0 NOT IN (1.0,2e0)
SELECT TIME'10:20:30' IN (102030, TIME'10:20:30',TIMESTAMP'2001-01-01 10:20:32') as exp
SELECT TIME'10:20:30' NOT IN (102030, 102030, TIME'10:20:30',TIMESTAMP'2001-01-01 10:20:32') as exp
SELECT a IN (1,1e0) FROM t1
SELECT a IN (CAST(1 AS SIGNED), CAST(1 AS UNSIGNED)) as exp FROM t1
SELECT a IN (CAST(1 AS DECIMAL),CAST(1 AS SIGNED), CAST(1 AS UNSIGNED)) as exp FROM t1
SELECT a NOT IN (1,1.0,NULL) FROM t1
SELECT a NOT IN (1,'1') FROM t1
SELECT a NOT IN (1,TIME'10:20:30',NULL) FROM t1
SELECT a NOT IN (1,DATE'2001-01-01') FROM t1
SELECT a IN ('a',TIME'10:20:30') FROM t1
SELECT a IN (102030, 102030, TIME'10:20:30',TIMESTAMP'2001-01-01 10:20:32',NULL) as exp FROM t1
SELECT a NOT IN (102030, TIME'10:20:30',TIMESTAMP'2001-01-01 10:20:32') as exp FROM t1
SELECT a NOT IN (102030, TIME'10:20:30',TIMESTAMP'2001-01-01 10:20:32',NULL) as exp FROM t1
SELECT a NOT IN (102030, 102030, TIME'10:20:30',TIMESTAMP'2001-01-01 10:20:32',NULL) as exp FROM t1
CREATE TABLE t1 (a INT NOT NULL)
SELECT a,NULL AS b FROM t1 GROUP BY a HAVING 'A' IN (b,a)
SELECT a,NULL AS b FROM t1 GROUP BY a HAVING 'A' IN (a,b)
SELECT a,NULL AS b FROM t1 GROUP BY a HAVING 'A' IN ('A',b,10)
SELECT * FROM t1 WHERE a BETWEEN -0000000000000001 AND -1
SELECT * FROM t1 WHERE a BETWEEN -1 AND 18446744073709551616
SELECT * FROM t1 WHERE a BETWEEN 1e2 AND 100e0
SET SESSION debug_dbug="-d,Item_basic_value"
CREATE TABLE t1 (a DECIMAL(10,3))
INSERT INTO t1 VALUES ('00:00:00'),('00:00:01')
EXECUTE IMMEDIATE 'SELECT * FROM t1 WHERE a BETWEEN TIME''00:00:00'' AND ?' USING TIME'00:00:00'
SELECT * FROM t1 WHERE a BETWEEN DATE'2001-01-01' AND DATE'2001-01-01'
SELECT * FROM t1 WHERE a BETWEEN 'a' AND 0x61
SELECT (1,(0,0),3) IN ((1,(1,0),3),(0,(0,0),3))
SELECT '0x' IN (0,1)
SELECT ('0x',1) IN ((0,1))
SELECT ('0x',1) IN ((0,1),(1,1))
set timestamp=unix_timestamp('2001-01-01 10:20:30.123456')
CREATE TABLE t1 (a BIGINT NOT NULL DEFAULT (IF(false,UNIX_TIMESTAMP(),10)))
CREATE TABLE t1 (a DOUBLE NOT NULL DEFAULT (IF(false,UNIX_TIMESTAMP(),10)))
CREATE TABLE t1 (a TIME NOT NULL DEFAULT (IF(false,UNIX_TIMESTAMP()%10,TIME'10:20:30')))
select default(a) = now() from v2
create table t (a blob default 'x')
SELECT VARIANCE(0), HEX(DES_ENCRYPT('foo', ExtractValue('<foo></foo>', '/foo')))
SELECT SHA1( x'73fe9afb68e1e8712e5d4eec' ) = '7e1b7e0f7a8f3455a9c03e9580fd63ae205a2d93' as NIST_SHA1_test_vector
SELECT SHA1( x'36ecacb1055434190dbbc556c48bafcb0feb0d' ) = 'b971bfc1ebd6f359e8d74cb7ecfe7f898d0ba845' as NIST_SHA1_test_vector
SELECT SHA1( x'c95b441d8270822a46a798fae5defcf7b26abace36' ) = 'a287ea752a593d5209e287881a09c49fa3f0beb1' as NIST_SHA1_test_vector
SELECT SHA1( x'088fc38128bbdb9fd7d65228b3184b3faac6c8715f07272f' ) = 'c7566b91d7b6f56bdfcaa9781a7b6841aacb17e9' as NIST_SHA1_test_vector
SELECT SHA1( x'a5f3bfa6bb0ba3b59f6b9cbdef8a558ec565e8aa3121f405e7f2f0' ) = 'b28cf5e5b806a01491d41f69bd9248765c5dc292' as NIST_SHA1_test_vector
SELECT SHA1( x'589054f0d2bd3c2c85b466bfd8ce18e6ec3e0b87d944cd093ba36469' ) = '60224fb72c46069652cd78bcd08029ef64da62f3' as NIST_SHA1_test_vector
SELECT SHA1( x'9f1231dd6df1ff7bc0b0d4f989d048672683ce35d956d2f57913046267e6f3' ) = 'a09671d4452d7cf50015c914a1e31973d20cc1a0' as NIST_SHA1_test_vector
SELECT SHA1( x'17e81f6ae8c2e5579d69dafa6e070e7111461552d314b691e7a3e7a4feb3fae418' ) = '010def22850deb1168d525e8c84c28116cb8a269' as NIST_SHA1_test_vector
SELECT SHA1( x'ee3d72da3a44d971578972a8e6780ce64941267e0f7d0179b214fa97855e1790e888e09fbe3a70412176cb3b54' ) = '7b13bb0dbf14964bd63b133ac85e22100542ef55' as NIST_SHA1_test_vector
SELECT SHA1( x'e5d3180c14bf27a5409fa12b104a8fd7e9639609bfde6ee82bbf9648be2546d29688a65e2e3f3da47a45ac14343c9c02' ) = 'e5353431ffae097f675cbf498869f6fbb6e1c9f2' as NIST_SHA1_test_vector
SELECT SHA1( x'07e3e29fed63104b8410f323b975fd9fba53f636af8c4e68a53fb202ca35dd9ee07cb169ec5186292e44c27e5696a967f5e67709' ) = 'd128335f4cecca9066cdae08958ce656ff0b4cfc' as NIST_SHA1_test_vector
SELECT SHA1( x'8764dcbcf89dcf4282eb644e3d568bdccb4b13508bfa7bfe0ffc05efd1390be22109969262992d377691eb4f77f3d59ea8466a74abf57b2ef4' ) = '6743018450c9730761ee2b130df9b91c1e118150' as NIST_SHA1_test_vector
SELECT SHA1( x'46fe5ed326c8fe376fcc92dc9e2714e2240d3253b105adfbb256ff7a19bc40975c604ad7c0071c4fd78a7cb64786e1bece548fa4833c04065fe593f6fb10' ) = 'f220a7457f4588d639dc21407c942e9843f8e26b' as NIST_SHA1_test_vector
SELECT SHA2( x'50efd0', 224 ) = 'b5a9820413c2bf8211fbbf5df1337043b32fa4eafaf61a0c8e9ccede'  as NIST_SHA224_test_vector
SELECT SHA2( x'c997165324078ed6160077dfea', 224 ) = '17c6235304dd830349bfd8ce7f8f1f41e52fc53bec7bb23382d2d598'  as NIST_SHA224_test_vector
SELECT SHA2( x'f222e611d99b3728b5e308f9b9b637b9d493528c2865', 224 ) = '93552ec989b20284010fb79cc7001ba7a59754f1485f3a3c1b361d70'  as NIST_SHA224_test_vector
SELECT SHA2( x'd28f6765c7c1e5f05c9ebd6065b9020d255f9dce6d2b932504d586b64b4b7ffe', 224 ) = '2a97b7e1e67a3e22230e51bd6d44a203ca4d3406a11e16f949b0a6c8'  as NIST_SHA224_test_vector
SELECT SHA2( x'738b98206d062d99a1d1d7b43f6bed03e01875006c322ffb3bc0d6577a4aa2f6d1eb11f242a7e78e55ff736c72c315008e28fd440a1a35add7d3', 224 ) = 'c40bbb13d17298721c32ed46254a0cba547c4c2086902fadf739802b'  as NIST_SHA224_test_vector
SELECT SHA2( x'71482c3b0c0b65470314c4028b9343cd9092579a4d3623501941ec7184dccefaa294ad8aa7a26ec7b46f66fdf1571209dcad0976e10030e52a9d2db2b855', 224 ) = 'cee2546181cf14a689f5c66a6141f171a0d2fb116e880778c13ba220'  as NIST_SHA224_test_vector
SELECT SHA2( x'df866ecb67ab00515f6247', 256 ) = 'dc990ef3109a7bcf626199db9ab7801213ceb0ad2ee398963b5061e39c05c7b5'  as NIST_SHA256_test_vector
SELECT SHA2( x'0757de9485a2eaea51126077', 256 ) = 'c1c9a4daadcc8678835872c7f1f8824376ac7b412e1fc2285069b41afd51397e'  as NIST_SHA256_test_vector
SELECT SHA2( x'ea40aadbefedb0e0d78d067c6cd65c2c87', 256 ) = '36157bbe61931d58a3a644953eaf131bbc2591c673a1f20353f51ca5054fc1c2'  as NIST_SHA256_test_vector
SELECT SHA2( x'8e5d6cba8d4b206381e33ca7339bec504f3d6119ba', 256 ) = '92f678a3e59d0dd3610eec3222b8c6ebd28eead530723fbd226747534da22b6c'  as NIST_SHA256_test_vector
SELECT SHA2( x'b8913001efb1b7f4bd975e349c5b2cbe66045bf0d2fb019b3bc0f059a4', 256 ) = 'a0eb0b7fad1d1b6de4f9096724a621720538a9c3f2f6d11134d68cb9ee52fc88'  as NIST_SHA256_test_vector
SELECT SHA2( x'692a18effad8317a11a5cddb917f7389e1be6dba34572a300e52e056047e758bc363a0be53784c', 256 ) = '0c0c6a6b27a6d7a7a5130d70db3b8bc1bd8001d103efe72f45b082cadbd03742'  as NIST_SHA256_test_vector
SELECT SHA2( x'1b7a73770d168da45bf2e512eee45153e02f4dfe3b42e50304a3d63d7826f0469562be8fdc6569b056a7dafcd53d1f597c', 256 ) = '0b42cfc3dd3d3198f06c30e087837ec6a6dd35d08e54e886c682709f8f42457a'  as NIST_SHA256_test_vector
SELECT SHA2( x'9050a6d002c90f6036c592b0f6b866713e7894d29645f4a19e0858b3ebd8078711c26d2601ca104d962dc6ce6ae92634ee7f3ca6baf8810e2126097a09', 256 ) = '03c516677735ae83dbe5a7e4c22c1ac1bfedcd46e7dd785f8bfe38e148eda632'  as NIST_SHA256_test_vector
SELECT SHA2( x'7bdee3f8', 384 ) = '8bdafba0777ee446c3431c2d7b1fbb631089f71d2ca417abc1d230e1aba64ec2f1c187474a6f4077d372c14ad407f99a'  as NIST_SHA384_test_vector
SELECT SHA2( x'cb3d16ad70bf80e5a9b1113cc7', 384 ) = '64ea8d5538a7ad26c87ac68f5e30c454d150cd3311066124dfc11fd58a56b1d42339f410a09fe7478ffad037f412f992'  as NIST_SHA384_test_vector
SELECT SHA2( x'842562ff1d0fc2c173825395a03a', 384 ) = '638c3239fa399faa786a12eae1acda4744cd8d65b7be4532d40de84a994096e929ac6d385d84183637cadfedf2941e86'  as NIST_SHA384_test_vector
SELECT SHA2( x'5520843bdf4af949ae3764b5a9c57c64f513', 384 ) = '8bbf382a606b530cae88e084c944cd32e1690139698e8c92edca1d330cc6675ecdc31c49101467737b0fca2ca71e83e9'  as NIST_SHA384_test_vector
SELECT SHA2( x'a382f5d82a34420b8779a3980ea138f4ea7aa5fe1074ae40760305727f455f40bae5cd4e', 384 ) = '381728f154103fc0de79131de07de5b81ab8e51a9b470e0dbf860f0f7cb6d8418cc604d00895634b2becea268c6e230a'  as NIST_SHA384_test_vector
SELECT SHA2( x'63fe4a7f46ad6ebbd8644a6750c601ed00357c5f3ff602bba68f086e7f744a167ae31a8ca2', 384 ) = '1a9bf6ca1f0f435da889c59bec482755926e80b06bd46f80bbda9bf4a30a1630db22837380522146a36e5fb954a7779e'  as NIST_SHA384_test_vector
SELECT SHA2( x'eaa144363d47bcd68c0c950be45ce1b87043c87140256fd449af1f1cad0da3f33d5df1883c640de266802b', 384 ) = '5263e9f3e8a1bb5634050ca89916a961a0ced1a92950ec20aef411e431d16cf9f77ef414b75ad922d9308f9dfe571e75'  as NIST_SHA384_test_vector
SELECT SHA2( x'c63da62dc71e97de646f695b5a8c58fa6fae08e5fb622529a83a460976c2189802b5b8870771603b25a94622', 384 ) = 'f63558786f3f06cc84884f14a93a9ef96b1174af8e15296380f7057320bf21e2b5c0684b00a00d895267c3e1404142ff'  as NIST_SHA384_test_vector
SELECT SHA2( x'5225b6563257ef806fb0eea5df034cc319db7a5b295f1075887861e64b3653ce9a706e6464ab32f6513dae2bf8', 384 ) = '5be5579e0bc2404523392f95cac2e3e9e59d398b11143e481594edc57cd04247355bee2fa80d0ef2e5dfc0f6f45c4fb4'  as NIST_SHA384_test_vector
SELECT SHA2( x'78334108ce6261ddee5d98045bb307a6e8f3d0ee65c1d9bc7d28cd9edf3264fc9cb6e592d072e9238559616cd42eda58', 384 ) = '87feb45250c1e5b4cf701f86fb24d6a49b2c0d2de92db884e2fcdf5e323c0539c78e5a99fdaf56896eed27b897095741'  as NIST_SHA384_test_vector
SELECT SHA2( x'd189c6cfa4c14712cfae7fae68d66907595151886e88888bac3d5c79e5cc473289b067afbf482ee6b4db5bed33db29637766c60c3d1206bb1d', 384 ) = 'fc72b66aaead15676fea59cbbc20d39c929c8590a50a0a05d146c41fd92272da3a56f58f6cc93149fd65e91b3f1655a2'  as NIST_SHA384_test_vector
SELECT SHA2( x'3d62c78e081a996ea4ce2124d6816a62112b9c7eea5c142ecc23ba90ed2e8f6d803286be2d8e956fbe2b0b641ba624ba78b1db4fcdb6ff8486be89417c92', 384 ) = 'e6b6eb5d03c7caaca9f7a62c6cb48c0c5662686c975325d7b94878a43b64fc38a884b2c3635ba7f74df36402c974a7c8'  as NIST_SHA384_test_vector
SELECT SHA2( x'f61034de4f9b0c2d203170cf0d344bd869fba4fca977bb5218175558ccea5438d8048a49c322cfd93991512a014b2cba2f643bc79ba42d139176dbe5ca00d8509b944ab76d47f9', 384 ) = '4c0e7b2409850cb0d22b8944d44876f097a40ee7a5e3cc4a7a20269516d1a3ae5b0b52b5af33d7a7cc5c839966c712ea'  as NIST_SHA384_test_vector
SELECT SHA2( x'2477a617791efe62db70e5592e0f815edc0dacaacb0c92928ca37b08d504e56431dcd665f67b70727735c6267c08ee0cef7f58a7d8d55db68c5e1bb5202381a724cca6138ec45f4df5', 384 ) = 'bee03bed3eaceb6d7ddfbfd5bac017fe346928f5a128b2fc0bba965d80cdcdac653af7dd433feaa6fbbe4c415d24ff3c'  as NIST_SHA384_test_vector
SELECT SHA2( x'cd42b8496d6c5f23b06b440d6a17f03991e02140eeb51d1e1824477ea3c2f03995cd6f19191074e27807999344443ae9d7118725fc57d70febbe403b7b16648b93f68df5e1a2fd86cf327fa7b3f142a04604e7', 384 ) = 'f9910144685987e9500f006d3360d1c270bbe1a90fe658e2a1cf87f4aa32d9e41097cd964964b78589db448fc4de3900'  as NIST_SHA384_test_vector
SELECT SHA2( x'd7448b7ffb746ec0bdd88106a725b84b59cccd317c21d446f8bc1687671f1c23c99a0a81796c2f83602bd90d68666ec13388b80d0eff8168209e60d8e740d2b8e6af8cb897c41025a7cf7f6b6238aed86d677ba2b3', 384 ) = 'fcfbdf092f428b59a1c51c55d0c09d68863c0d2b76368d80f106e0d24b25c4caae1f8a18de689ad0bf6327ff118295c1'  as NIST_SHA384_test_vector
SELECT SHA2( x'd44bb6b3ebe582bec0c602118f430ac362547eb2ede95d78b681fe9a79f89a03caa00bb1fc94d3af4249604314668f68d4d66e7eb21b4641cde5d9f89ae3e8ee8ad9f826e7f3564bff5959e68503e7d434cf3af6b5d0', 384 ) = '4a6de936a59f5b85d03caece8be0eb1940a20afd38fcff9e83d3ca57d9da95344878528b42d4ce4931e8426a893124cd'  as NIST_SHA384_test_vector
SELECT SHA2( x'14d5039c17beb28e8200a3d4a4febe87c23891c90d6fe903d00ba471eeb9c1e18c58b9b70b16123539d631f9c8d670c7ff8e7089afdbb194695c5f2dee1c6f4ce772eba0d6268ad24dd5840e5e97a4c052de9f9b9da2a4e0', 384 ) = '3af733d34b8905c0a06d8cb459e092546cc3e5b90b3e635bb090d871609932b2a219b577181edfbffa67ac7738450c84'  as NIST_SHA384_test_vector
SELECT SHA2( x'6ad118436ce2e22a2b8b7118c8bc081ca9925ddb6f7a37d528983beac66a031cd1a87196586f43ee2d9fe7a7528290faaeae89d5042cca2526d9c951660d92064e7b1a3a9158d06b40c0762841552fd3fe29d9a55ade9cf2e90bc3af60', 384 ) = 'b4460710cf4d9147e9f73e26d97f039533a98ab4cd66399451318bf09a912ccf5267b39a0c8d4c2eeca1e9370a998dcb'  as NIST_SHA384_test_vector
SELECT SHA2( x'57b51d10a4d2fb17ef0f204aa53cf112e1130c21d411cdf16a84176d2ae451ee5f66ae6875cfb2e6a586f233d5ee1bdab9f235513fe229722a7d812afc4f70751a3d128a2b5ef452c10cd71f3b3bb19bea0af5ff729814857319441f69298069', 384 ) = 'cb84599cf288ffa81aa50e0d1c4dfe30777e1b79d82fa05b45707a2e7dd747cd81b1af269206579cc183119f25997263'  as NIST_SHA384_test_vector
SELECT SHA2( x'8bade35ccd57d6f8e2a3960cecf685c3787daf4b0f6efe360791ad219f00fe944c2b302a4d1eabf285077f148af20cb8fad802230ed88d2371c4c9ae52df7cc6b8e5049f154c8e041fca89f7db175b98faf45248696cdd0d245afc384b2bf54677e549054e68e6f855', 384 ) = 'b56d9b3094271468e18c7a59187c5eb1c29d3bf681c72941b13c30505ebddee94c004552cd766f69d734e2d82e644ab0'  as NIST_SHA384_test_vector
SELECT SHA2( x'452faeebb6bf93bff2216f6788f66e2f2585cc300a5eec18bd3ca42eff30db90fffc57bfcdbdd05e11ce4937fde8a07f808e635bbda8e5a3bb6e91e55e877fad96724503d6261036c8f5f3d83fb67e0a6d2393fa568075a9847e22f2fc5ee3c8725921bfb9407acd7d60145234', 384 ) = '4c60377833fc16e4462001dd21a12ac0f0dd4f7f711f22595af6421f5f5f58d51e22a3b480bad1408f00868e9181eb4e'  as NIST_SHA384_test_vector
SELECT SHA2( x'370995549d249c7eab97a577c09920c3df6c545fa885f4ff', 512 ) = 'bb607aa94d04f3a81b6b48fdae601e15ba8d43805f5a0b096b843ae6a2b25ba58b8b4f78257b8110cac1e61d27c01a2c6e3738cad3a01150cbbc332b8ad42dd6'  as NIST_SHA512_test_vector
SELECT SHA2( x'4edbb49bbf3acb02ce83c5cc7f83d2c386e873ada14976712b67277cefb3c5633a10', 512 ) = 'fbe69d13bbb3b9aeb8fb67cea126302adf2984ed02168a13519dca66e56eb0b189587b3b6ca9f14efd8e0a434db7b0caf337d62b4cc0752ccb942f3ca29b4596'  as NIST_SHA512_test_vector
SELECT SHA2( x'dbc0d771769987ed9c9a72a44a5728f929653d3d12c9efc7d1b109472962085719727b535e37b06b39', 512 ) = '1aac04e1cc461ca665bf12a578f8f32a6ebb7725686b5a6f461a5a035dad6d7565831caad2364f063ad73edcb210bb2fd04c2539c6eda849ec79baa934d7af94'  as NIST_SHA512_test_vector
SELECT SHA2( x'bd50e2fe1f8f39f96e2044def04afd4c16c01bb1ed7694bab5b2610ece66813bdcbd40f023f4b96e336b9a39cafc2713f68b', 512 ) = '729c1246e155e8b36e92a6fafcdff556df95e7c131c65df68e710b5f04f6552914ee5aa2faa33e8c5827e1781c5af5320f158cebe481d7d0ac54be07c865ba39'  as NIST_SHA512_test_vector
SELECT SHA2( x'b6cc4def48738118c35fe4bab82fa61ae8efb930fcf428aa7606aa34e8c577f763455a5f33fc0722c9deb07ef9c6d3c26618560f3aa4', 512 ) = 'e04a1c30b76920518af66f5db87d7642fc1ef2b903e45a8215bf1a5b6de6772427d9b576329c28b3262ff0c1802dc0e6c7b2ac21a0df26a867abf509619c8403'  as NIST_SHA512_test_vector
SELECT SHA2( x'143c7d79790a56697dc803ec93e6c68f27f6761ce9b374bf6843e167e2b90e6f5ade347eec3166ac5e2cc3e6f7c9f0939445c677f82447', 512 ) = 'c9e076e1ea43672b08036e87afb175e32013da88408c92e5895165fe31a1c02d09c6246fe17e9e1696614e28b53ac0a6c50ade5f10949730b98d110c92cbd9b6'  as NIST_SHA512_test_vector
SELECT SHA2( x'8dbe0cf088e68bd30156ebdcad3cb932a69bf8a11c36719948b04a7aa2f1da0e54ccbc57eede228c5bb96c5e1442fa7f93573e650bb5154c56', 512 ) = '77d81a877dab2228601a42bce6839f31b21e2b7964c308555a5462516b635e0f4d4d56b39778987c24b35f666b1667aafa4ecb3784d2ad130fd9882ecf1461b5'  as NIST_SHA512_test_vector
SELECT SHA2( x'7bdee3f83c1af1cb0ffe6f1235d44f88d2436f234f211b8efd88d4dafb2c4f7159ebc14b7da65a64c6500f6d70449dc1b8dccb9c403fef87b47ab317aed319', 512 ) = 'b908c46311cf787a042a54756dc751d995ea57a76624940f70a18ae369ae82c9ce61ff819dbe95f2dab0886718055cb3a39e39a969277205290fa090d3d7fa6d'  as NIST_SHA512_test_vector
SELECT SHA2( x'6efc3166fc8a21022171a50e793248b418dfe339c180728058b420d09a9ca4d60cf4d0ee3183679e00b63063958848b127a4bc353ace575d167fb91a77cfa9e58698ad0008d9d7', 512 ) = 'ce34cabc906f67243ccd62ea6363f7ecbb7da3c8640799ddcb5783946d54d68f98e743b4028c5800a7716d524b171920b3b3fa95b19991032622ff9ee90771d5'  as NIST_SHA512_test_vector
SELECT SHA2( x'b6aa7703b126ffbcdaee16664e82ce20be9a90fa0968575a101d1b9fc6ae910586d811c8aa62d78d59a26ffda0426bb3c4445758d744ef0c8afd8f08420fea826e00ffd1178049d2b8f1368a5126db0db7', 512 ) = '0b54fd35a70ff3abc587670afba9c671c57a50bc6a2cdc2deae2a0c98495adfa4559519184f9812c844eb3dd4621facac85de88fdb2eba9fd38cbbea697923a8'  as NIST_SHA512_test_vector
SELECT SHA2( x'1511d4d2b955be39525983b9a9144e9f60eff6362928d3493675d1e3f1ebc259ec1df98a1b881466412f19ada882c5f9158420fffb2d5512ef0dc1e95c334aa1784df2057611ab0efedb6ea6da9787b1f2e1334e7a6b6c5a6a9f0437', 512 ) = 'd9bcfb54e8dcea3f8d6c7110e7fd397e52d6d62be2fa758e30d79c7ae89ddff0447e01414c7b9b6057fa1d70f064c27da9f5c4122d46c91ee2c1573ccc65c24c'  as NIST_SHA512_test_vector
SELECT SHA2( x'e5f4f4d833fc49da6dd083442214cb70d889efbefd2efdd820ac113b61f06bf3261ac4a51096e2d32e886b5c706ef7425e0168b0095b7e3c425fa6690b5613704bd61040c6e895c34b6918632fb1a5cdfb7331f462e42c597620558b1bc9d2e9bbf180af3b', 512 ) = 'bb66ae70b600735d0e9098f12fcd9aaac1f2141291e9bf54bb8e0013fce25ac1b878dfa5d0378814d84dd8892391da402891fbd7bcfec344ffe3272c5be7be66'  as NIST_SHA512_test_vector
SELECT SHA2( x'85c2ce900c00d962f759c2091dd6c2e9211c36f7f7e348caa3aaccf444a968925208f822244e3095b51c83a5a71b446988330c2755fe5b693c7c8253a608c033758aab5a8aefd12b8bd6a071e38c83f60a3b4e51065edcff3278f6b53e0677f577b2aee048c9', 512 ) = 'ef50d18489656f7af6148e897d4ab3e631f0fd4f9fbd7f232a0ee288980b4cb10c2a1f890c77d13b4646ef133bb8816998dc8f88d5798ec7515f2c8ce607b655'  as NIST_SHA512_test_vector
SELECT SHA2( x'71f7ff4ba87d2bcb5ff81a1f42f47756f5189e6b5458011bff6ccaf41680c2af412d71bff4a8872af1397a980eef71a93893618cb8da75ceb5deb46ffacfde3bfae69657119bc61b0d18401fededa199e9057be6b2d9b366fae3278d37569437a40cb83c89c0b345bd7db3de69', 512 ) = '31b446c44b0aa2791cb7ab5834e4b8cdd2e3c5b4a96234b338c7b9431dab2bc532e4d71c7f84f07372c8a3f08feac37d0254cead9a9aa619d312a3c006992caa'  as NIST_SHA512_test_vector
SELECT SHA2( x'8beea2e048193dfa755a594306ad9825c77659d037092ee09a6f91394a68d2364eac54042d76f9480443db08d7d73dc82582c1f3bfa1db7dda6785c762de34c391280b58c10b4f087ead1cd0e09b564f1710e12b487515b198246cbb86717ed77deb30a5a9df28810b1e8462c800cb02c7a923407a8bc5c2fc2cafde5d', 512 ) = 'a71b1ce1e582bca53d7615488335ca1ff351eb33a8c2c0105bec7ffcbd55e4533ee68209ec8b009066a2ff60b418d6b943816cca9b53b7bf64a34feaa4d63600'  as NIST_SHA512_test_vector
SELECT SHA2( SHA2( x'ff', NULL), 224 ) is not NULL
SELECT SHA2( (select x'ff'), least(224, 500) ) is not NULL
SELECT SHA2( (select 1), NULL ) is not NULL
PREPARE stmt FROM "SELECT SHA2(CONVERT('foo' USING latin1), 224)"
insert into t1 values (des_encrypt('The quick red fox jumped over the lazy brown dog','abcdefghijk'))
insert into t1 values (des_encrypt('quick red fox jumped over the lazy brown dog','sabakala'))
insert into t1 values (des_encrypt('red fox jumped over the lazy brown dog','sabakala'))
insert into t1 values (des_encrypt('brown dog','sabakala'))
select des_decrypt(NULL)
select des_decrypt(NULL, NULL)
select hex(des_decrypt(des_encrypt("hello",4),'password2'))
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE a=1 AND DES_ENCRYPT('test',a)=_latin1 'abc' COLLATE latin1_bin
select des_decrypt(1, 1)
SELECT CONVERT(DES_DECRYPT(0xFF0DC9FC9537CA75F4, CHAR('1' using ucs2)), UNSIGNED) as a
select 1.0<=>0.0,0.0<=>NULL,NULL<=>0.0
insert into t2 values (1,null)
create table t1 (a bigint unsigned)
select * from t1 where a = '4828532208463511553'
select * from t1 where a in ('4828532208463511553')
SELECT (c0 > (NULL <=> 0)) IS NULL AS c1 FROM t0
SELECT\n  a,\n  CAST(a AS INTERVAL DAY_SECOND(6)) AS cidm,\n  EXTRACT(DAY FROM a) * 24 + EXTRACT(HOUR FROM a) AS dh,\n  EXTRACT(DAY_HOUR FROM a),\n  EXTRACT(DAY FROM a),\n  EXTRACT(HOUR FROM a),\n  EXTRACT(MINUTE FROM a),\n  EXTRACT(SECOND FROM a),\n  EXTRACT(MICROSECOND FROM a)\nFROM t1
SELECT EXTRACT(YEAR  FROM '2001/02/03 10:20:30')
SELECT EXTRACT(DAY   FROM '01/02/03 10:20:30')
SELECT EXTRACT(MONTH FROM '01:02:03 10:20:30')
SELECT EXTRACT(DAY   FROM '2001/02/03')
SELECT EXTRACT(MONTH FROM '01/02/03')
SELECT EXTRACT(DAY FROM '2024-01-03 garbage /////')
SELECT EXTRACT(DAY FROM '01-02-03')
SELECT TIME('2001-01-01T'), TIME('2001-01-01T ')
SELECT EXTRACT(HOUR FROM '2001/01/01T'), EXTRACT(HOUR FROM '2001/01/01T ')
SELECT EXTRACT(DAY FROM '111')
SELECT EXTRACT(DAY FROM '11')
SELECT EXTRACT(HOUR FROM '11111')
SELECT EXTRACT(HOUR FROM '111')
INSERT INTO t1 VALUES\n('2024:01:03 garbage /////'),\n('24:01:03 garbage /////'),\n('01:01:03 garbage /////'),\n('2024:02:03'),\n('100000:02:03'),\n('24:02:03'),\n('01:02:03'),\n('01:02:03:'),\n('01:02:03-'),\n('01:02:03;'),\n('01:02:03/'),\n('20 10:20:30')
INSERT INTO t1 VALUES ('2001-12-31 10:20:30.999999')
CREATE PROCEDURE show_drop()\nBEGIN\n  SELECT TABLE_NAME, COLUMN_TYPE, COLUMN_NAME\n     FROM INFORMATION_SCHEMA.COLUMNS\n     WHERE TABLE_SCHEMA='test'\n     AND TABLE_NAME IN ('t1e_nm','t2e_nm','t1f_nm','t2f_nm',\n                        't1e_ps','t1f_ps','t2e_ps','t2f_ps')\n     ORDER BY LEFT(TABLE_NAME, 2), ORDINAL_POSITION, TABLE_NAME;\n\n  FOR rec IN (SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES\n              WHERE TABLE_SCHEMA='test'\n              AND TABLE_NAME IN ('t1e_nm','t2e_nm','t1f_nm','t2f_nm',\n                                 't1e_ps','t1f_ps','t2e_ps','t2f_ps'))\n  DO\n    EXECUTE IMMEDIATE CONCAT('DROP TABLE ', rec.TABLE_NAME);\n  END FOR;\nEND;
CALL p1('QUARTER')
CALL p1('MONTH')
CALL p1('MINUTE')
DROP PROCEDURE show_drop
DROP FUNCTION select01
SELECT CAST('100000:00:00' AS DATE)
SELECT EXTRACT(HOUR_SECOND FROM LAST_DAY(202612012300))
SELECT EXTRACT(HOUR_SECOND FROM LAST_DAY(200012010000))
select grp,group_concat(c) from t1 group by grp
select grp,group_concat(c order by c desc separator ",") from t1 group by grp
select grp, group_concat(a separator "")+0 from t1 group by grp
select REQ_ID, Group_Concat(URL) as URL from t1, t2 where\nt2.URL_ID = t1.URL_ID group by REQ_ID
insert into t1 values (1,'longername'),(1,'evenlongername')
create table t1(id int)
select group_concat(distinct s1) from t1
select group_concat(c order by (select mid(group_concat(c order by a),1,5) from t2 where t2.a=t1.a) desc) as grp from t1
select t1.a, group_concat(c order by (select mid(group_concat(c order by a),1,5) from t2 where t2.a=t1.a)) as grp from t1 group by 1
select group_concat(c order by (select concat(5-t1.c,group_concat(c order by a)) from t2 where t2.a=t1.a)) as grp from t1
select a,c,(select group_concat(c order by a) from t2 where a=t1.a) as grp from t1 order by grp
CREATE TABLE t2 (A_ID INT NOT NULL,B_DESC CHAR(3) NOT NULL,PRIMARY KEY (A_ID,B_DESC))
insert into t1 values ('xxx','yyy')
select collation(group_concat(a,_koi8r 0xC1C2)) from t1
select a, group_concat(b) from t1 group by a with rollup
select a, group_concat(distinct b) from t1 group by a with rollup
select group_concat(a) from t1 group by b
CREATE TABLE t1 (\n  aID smallint(5) unsigned NOT NULL auto_increment,\n  sometitle varchar(255) NOT NULL default '',\n  bID smallint(5) unsigned NOT NULL,\n  PRIMARY KEY  (aID),\n  UNIQUE KEY sometitle (sometitle)\n)
INSERT INTO t1 SET sometitle = 'title2', bID = 1
SELECT COUNT(*), GROUP_CONCAT(DISTINCT t2.somename SEPARATOR ' |')\n  FROM t1 JOIN t2 ON t1.bID = t2.bID
INSERT INTO t2 SET somename = 'test2'
select f2,group_concat(f1) from t1 group by f2
create table t3 (select group_concat(a) as a from t1 where a = 'a') union\n                (select group_concat(b) as a from t1 where a = 'b')
SET GROUP_CONCAT_MAX_LEN = 1024
SELECT GROUP_CONCAT(a), x \n  FROM (SELECT a, GROUP_CONCAT(b) x FROM t1 GROUP BY a) AS s\n    GROUP BY x
SET group_concat_max_len = DEFAULT
SET group_concat_max_len= 65535
CREATE TABLE t2( a TEXT )
SELECT LENGTH( GROUP_CONCAT( DISTINCT a ) ) FROM t2
CREATE TABLE t3( a TEXT, b INT  )
INSERT INTO t3 VALUES( REPEAT( 'a', 65534 ), 1 )
insert into t1 values (1), (0), (0), (3), (1)
select group_concat(f1) from t1
INSERT INTO t1 VALUES (1, 1), (2, 2), (2, 3)
SELECT GROUP_CONCAT(DISTINCT a + 1 ORDER BY 3 - b) FROM t1
SELECT GROUP_CONCAT(DISTINCT a, b ORDER BY b, c) FROM t3
SELECT GROUP_CONCAT(DISTINCT a, b ORDER BY a, b) FROM t1
SELECT GROUP_CONCAT(DISTINCT b, a ORDER BY b) FROM t1
SELECT GROUP_CONCAT(DISTINCT t2.a) FROM t1 LEFT JOIN t2 ON t2.a = t1.a GROUP BY t1.a
INSERT INTO t1 VALUES (NULL), (8), (2)
INSERT INTO t2 VALUES (4), (10)
EXPLAIN EXTENDED SELECT 1 FROM\n  (SELECT GROUP_CONCAT(t1.a ORDER BY t1.a ASC) FROM \n    t1 t2, t1 GROUP BY t1.a) AS d
SELECT GROUP_CONCAT(a), b FROM t1 GROUP BY b LIMIT 3
SELECT GROUP_CONCAT( f2 ORDER BY ( f2 IN ( SELECT f1 FROM t1 WHERE f1 <= f2 ) ) ) AS field\nFROM ( SELECT * FROM t2 ) AS sq2, t3\nORDER BY field
SET group_concat_max_len= 9999999
SELECT LENGTH(GROUP_CONCAT(f1 ORDER BY f2)) FROM t1 GROUP BY f2
SELECT (SELECT MAX(a) FROM t1 WHERE t2_sq.c > 0) AS f,\n       GROUP_CONCAT(t2_sq.b ORDER BY 1) AS gc\nFROM (SELECT t2_a.* FROM t2 AS t2_a, t2 AS t2_b) AS t2_sq, t3, t4\nGROUP BY f
CREATE VIEW v1 AS\nSELECT a,GROUP_CONCAT(a ORDER BY a) FROM t1 GROUP BY a WITH ROLLUP HAVING GROUP_CONCAT(a ORDER BY a)='10,20,30'
select grp,group_concat(c limit 1,10 ) from t1 group by grp
select grp,group_concat(c order by a limit 2 ) from t1 group by grp
select grp,group_concat(c order by a limit 1,1 ) from t1 group by grp
set @x=2
set group_concat_max_len=5
CREATE TABLE t1 (c VARCHAR(10)) CHARACTER SET latin1
show variables like 'div_precision_increment'
insert into t1 values (2,2,"b")
insert into t1 values (2,3,"c")
insert into t1 values (3,5,"C")
select a,c,sum(a) from t1 group by a
select distinct a from t1 order by rand(10)
select sum(all a),count(all a),avg(all a),std(all a),variance(all a),bit_or(all a),bit_and(all a),min(all a),max(all a),min(all c),max(all c) from t1
insert into t2 values(1, 3),(2, NULL),(2, NULL),(3, 2),(3, NULL)
select count(a) from t1 where a = 100
select sum(num) from t1 group by user
select max(t1.a1), max(t2.a1) from t1, t2 where t2.a2=9
select t1.a1, t1.a2, t2.a1, t2.a2 from t1 left outer join t2 on t1.a1=10
select max(t1.a2),max(t2.a1) from t1 left outer join t2 on t1.a1=10
select count(b), sum(b), avg(b), std(b), min(b), max(b), bit_and(b), bit_or(b) from t1
select SQL_BIG_RESULT a,count(b), sum(b), avg(b), std(b), min(b), max(b), bit_and(b), bit_or(b) from t1 group by a
insert into t1 values (-1), (-2), (-3)
create table t2(\n  a1 char(3) primary key,\n  a2 char(17),\n  a3 char(2),\n  a4 char(3),\n  key k1(a3, a2),\n  key k2(a4)\n)
insert into t1 values('AME',0,'SEA',0.100,date'1942-02-19')
insert into t1 values('VVV',2,'MIN',0.075,date'1959-06-28')
insert into t1 values('XXX',null,'MIN',null,null)
insert into t2 values('LAK','Los Angeles','CA','TWU')
select min(a5), max(a5) from t1
explain \nselect min(t1.a5), max(t2.a3) from t1, t2
explain \nselect min(t1.a3), max(t2.a2) from t1, t2 where t1.a2 = 0 and t2.a3 = 'CA'
select min(a1) from t1 where a1 > 'KKK'
explain \nselect max(a5) from t1 where a5 < date'1970-01-01'
explain \nselect max(a3) from t1 where a2 = 0 and a3 between 'K' and 'Q'
select max(a3) from t1 where a2 = 0 and a3 between 'K' and 'Q'
explain\nselect min(a3) from t1 where a2 = 2 and a3 > 'SEA'
explain\nselect max(a3) from t1 where a2 = 2 and 'SEA' > a3
select max(a3) from t1 where a2 = 2 and 'SEA' > a3
explain\nselect min(a3) from t1 where a2 = 2 and a3 >= 'SEA' and a3 = 'MIN'
select min(t1.a1), min(t2.a4) from t1,t2 where t1.a1 < 'KKK' and t2.a4 < 'KKK'
create table t2 select concat(a) from t1
select variance(2) from t1
prepare stmt1 from 'SELECT max(a) FROM t1'
INSERT INTO t1 VALUES\n(1,'one'),(2,'two'),(3,'three'),(4,'one'),(5,'two')
insert into t1 values (1, NOW()), (2, NOW())
create table t2 (ff double)
select cast(sum(distinct ff) as signed) from t2
create table t3 (ifl int)
select id, stddev_pop(value1), var_pop(value1), stddev_samp(value1), var_samp(value1) from t1 group by id
INSERT INTO t1 VALUES (-5.00000000001),(-5.00000000002),(-5.00000000003),(-5.00000000000),(-5.00000000001),(-5.00000000002)
select col1,count(col1),sum(col1),avg(col1) from t1 group by col1
create table t1 (col1 decimal(16,12))
select col1,sum(col1),max(col1),min(col1) from t1 group by col1
insert into bug22555 values (1,53,78,53,78,53,78),(2,17,78,17,78,17,78),(3,18,76,18,76,18,76)
select std(s1/s2) from bug22555 where i=3
select std(s1/s2) from bug22555 where i=1 group by i
select i, count(*), std(e1/e2) from bug22555 group by i order by i
set @saved_div_precision_increment=@@div_precision_increment
select i, count(*), variance(s1/s2) from bug22555 group by i order by i
select round(std(s1/s2), 17) from bug22555
select var_samp(s), var_pop(s) from bug22555
insert into bug22555 values (2,2,2)
INSERT INTO t1 SELECT a, b+512     FROM t1
INSERT INTO t1 SELECT a, b+4096    FROM t1
SELECT a,COUNT(DISTINCT b) AS cnt FROM t1 GROUP BY a HAVING cnt > 50
CREATE TABLE t1 ( a INT, b INT, KEY(a) )
INSERT INTO t1 VALUES (NULL, 1), (NULL, 2)
SELECT MIN(a), MIN(b) FROM t5 WHERE a = 1
SELECT 1 FROM t1 GROUP BY (SELECT SLEEP(0) FROM t1 ORDER BY AVG(DISTINCT a) )
INSERT INTO derived1 VALUES (2)
INSERT INTO D VALUES \n  (39,40,4,repeat('  X', 42)),\n  (43,56,4,repeat('  X', 42)),\n  (47,12,4,repeat('  X', 42)),\n  (71,28,4,repeat('  X', 42)),\n  (76,54,4,repeat('  X', 42)),\n  (83,45,4,repeat('  X', 42)),\n  (105,53,12,NULL)
SELECT COUNT(*) FROM t1 outr where (1,1) in (SELECT a, count(*) FROM t2)
SELECT COUNT(*) FROM t1 a JOIN t1 outr \n  ON a.a= (SELECT count(*) FROM t1 inr WHERE inr.a = outr.a)
INSERT INTO t1 VALUES (1,11),(2,12),(3,13)
select min(f1),max(f1) from t1
CREATE TABLE t1 (a int NOT NULL, KEY(a))
EXPLAIN EXTENDED\nSELECT MAX(a) FROM t1 WHERE RAND()*0<>0 AND a<10
INSERT INTO t2 VALUES (10)
INSERT INTO t3 VALUES (19,1), (20,5)
SELECT MIN(f2) FROM t1 WHERE f2 >= 'abc'
EXPLAIN\nSELECT MIN(f1) FROM t1 WHERE f1 BETWEEN 'abc' AND 'b'
SELECT MIN(f2) FROM t1 WHERE f2 BETWEEN 'abc' AND 'b'
SELECT MIN(pk)\nFROM t1\nWHERE pk=NULL\nHAVING ('m') IN ( \nSELECT v\nFROM t2)
select avg(export_set( 3, 'y', sha(i))), group_concat(d) from t1 group by d order by i
select z from (select count(*) as z from t1) v group by 1
INSERT INTO t2 VALUES (8),(4)
CREATE TABLE t3 (i3 int, INDEX(i3))
SELECT MAX(t3.i3) FROM t3, t2, t1 WHERE t1.i1 = t2.i2 AND ( 0 OR t3.i3 = t2.i2 )
INSERT INTO t1 VALUES (7),(8),(NULL)
INSERT INTO `t1` (b) VALUES ('2013-01-06 23:59:59')
CREATE TABLE t4 (id INT)
INSERT INTO t4 VALUES (13),(14)
INSERT INTO t5 VALUES (9,'FOO',NULL)
INSERT INTO t1 VALUES (1,0x7FFFFFFFFFFFFFFF,00)
explain extended\nselect c1 from t1 having c1 >= (select t.c1 as c from t2 t order by (select min(t1.c1+c) from t2 tt))
explain extended\nselect c1 from t1 having c1 >= (select t.c1 as c from t2 t order by (select min(t1.c1+tt.c1) from t2 tt))
CREATE TABLE t1 (a VARCHAR(8) NULL, b BIGINT)
set @innodb_stats_persistent_save= @@innodb_stats_persistent
insert into t2m values (5)
select 1, min(1) from t1m where a=99
select min(7) from t1i
select count(*), min(7), max(7) from t1m, t1i
select count(*), min(7), max(7) from t2m, t1i
INSERT INTO c VALUES (11,NULL)
CREATE TABLE bb (\n  pk INT,\n  col_varchar_key VARCHAR(1),\n  PRIMARY KEY (pk),\n  KEY col_varchar_key (col_varchar_key)\n) ENGINE=InnoDB
INSERT INTO bb VALUES (10,NULL)
INSERT INTO t2 VALUES (1, 1, NULL)
SELECT MIN(c) FROM t1 GROUP BY b
SELECT MIN(t1.v1) FROM t1 where t1.v2='qu' and t1.v3='qu'
CREATE TABLE t1 (v1 varchar(1024) CHARACTER SET utf8, KEY v1 (v1)) ENGINE=InnoDB ROW_FORMAT=DYNAMIC
INSERT INTO t1 VALUES ('king'), ('bad')
CREATE TABLE t1 (a INT UNSIGNED, b BIT(8))
INSERT INTO t1 VALUES (4294967295,0x32)
CREATE TABLE t1 (a VARCHAR(10), b ENUM('b'))
INSERT INTO t1 VALUES ('a','b')
CREATE TABLE t1 (a DATE, b TIME)
INSERT INTO t1 VALUES ('2010-01-01','10:20:30')
CREATE TABLE t1 (a DATETIME, b DATE)
CREATE TABLE t1 (a INT, b VARCHAR(10))
SET timestamp=UNIX_TIMESTAMP('2010-01-01 01:02:03')
INSERT INTO t1 VALUES ('2010-01-01 10:20:30')
SELECT GREATEST(a,a) FROM t1
CREATE TABLE t1 (a TIMESTAMP, b DATETIME)
CREATE TABLE t2 AS SELECT LEAST(a,a),LEAST(b,b),LEAST(a,b) FROM t1
CREATE TABLE t1 (c1 VARCHAR(1), c2 VARCHAR(255), c3 VARCHAR(20000)) CHARACTER SET latin1
SELECT\n  MAX(COALESCE(c1)) AS c1\nFROM t1
SELECT\n  @c1:=c1 AS c1,\n  @c2:=c2 AS c2,\n  @c3:=c3 AS c3,\n  @c4:=c4 AS c4\nFROM t1
SELECT CASE 0 WHEN 1 THEN (COALESCE(NULL)) WHEN 4 THEN 5 END
EXECUTE stmt USING @a,@a
INSERT IGNORE INTO t1 VALUES ('foo'),('bar')
CREATE TABLE t1 AS SELECT\n  LEAST(_latin1'aaa',_utf8 0xC39F) AS c1,\n  COALESCE(_latin1'aaa',_utf8 0xC39F) AS c2
INSERT INTO t1 VALUES (0xFFFFFFFFFFFFFFFF,-1)
CREATE TABLE t1 AS SELECT LEAST(CURRENT_DATE,CURRENT_TIME) AS c1
SET old_mode=ZERO_DATE_TIME_CAST
SELECT LEAST(999,TIME'10:20:30') AS c1
CREATE TABLE t1 (t TIME NOT NULL)
INSERT INTO t1 VALUES ('00:20:11'),('14:52:05')
CREATE TABLE t1 AS SELECT\n  LEAST('0000-00-00',DATE'2001-01-01') AS c0,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS CHAR) AS string,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS DATE) AS date,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS DATETIME) AS datetime,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS TIME) AS time,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS DECIMAL) AS dc,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS DOUBLE) AS dbl,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS SIGNED) AS sint,\n  CAST(LEAST('0000-00-00',DATE'2001-01-01') AS UNSIGNED) AS uint
CREATE TABLE t1 (a INT UNSIGNED, b TIMESTAMP)
SELECT 1=ROW(1,1)
SELECT 9223372036854775807=ROW(1,1)
SELECT COALESCE(a,a)=ROW(1,1) FROM t1
CREATE TABLE t1 (a1 MEDIUMINT UNSIGNED, a2 INT UNSIGNED)
CREATE TABLE t1 (a1 SMALLINT, a2 MEDIUMINT)
SELECT MAX(b)=ROW(1,1) FROM t1
SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_TYPE\nFROM INFORMATION_SCHEMA.COLUMNS\nWHERE TABLE_NAME = 'test_coalesce_vs_ifnull'
SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'v2'
CREATE VIEW v5 AS SELECT COALESCE(c, COALESCE(NULL, 10), NULL) as c_col FROM (SELECT NULL AS c) AS t
SELECT COALESCE(c2, NULL) AS coalesced_c2, IFNULL(c2, NULL) as ifnull_c2 FROM t
SELECT COALESCE(c3, 'two') as coalesced_c1, COALESCE(c4, '2025-07-08') AS coalesced_date FROM t
SELECT COALESCE(c3, 'two') AS coalesced_c3, IFNULL(c3, 'three') AS ifnull_c3 FROM t WHERE c1 = 2
SELECT COALESCE(c3, 'four', NULL) AS coalesced_c3, COALESCE(COALESCE(c3, NULL), NULL) AS coalesced_c3_null FROM t WHERE c1 = 2
SELECT COLUMN_NAME, IS_NULLABLE, COLUMN_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 't2'
CREATE TABLE t1 AS\nSELECT\n  COALESCE(c1, '::1') AS inet6_c1_c, IFNULL(c1, '::1') AS inet6_c1_i,\n  COALESCE(c2, '0.0.0.0') AS inet4_c2_c, IFNULL(c2, '0.0.0.0') AS inet4_c2_i\nFROM t
CREATE TABLE t2 AS\nSELECT\n  COALESCE(c1, 'ipv6') AS inet6_c1_c, IFNULL(c1, 'ipv6') AS inet6_c1_i,\n  COALESCE(c2, 'ipv4') AS inet4_c2_c, IFNULL(c2, 'ipv4') AS inet4_c2_i\nFROM t
DROP TABLE t, t1, t2, t3, t4
explain extended select nullif(u, 1) from t1
select NULLIF(NULL,NULL), NULLIF(NULL,1), NULLIF(NULL,1.0), NULLIF(NULL,"test")
select if(1>2,a,avg(a)) from t1
SELECT id, IF(date IS NULL, '-', FROM_UNIXTIME(date, '%d-%m-%Y')) AS date_ord, text FROM t1 ORDER BY date_ord DESC
SELECT t1.a,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,\n IF((ROUND(t1.a,2)=1), 2,0)))))))))))))))))))))))))))))) + 1 as exp\nFROM t1
SELECT * FROM (SELECT MAX(IFNULL(CAST(c AS UNSIGNED), 0)) FROM t1) AS te
CREATE TABLE t1 (a LONGBLOB, b DOUBLE)
select 10 in (1,2,3)
select NULL in (1,2,3)
select 1 in (1,NULL,3)
CREATE TABLE t1 (a float, b float, c float)
select 'XSFGGHF' in (a,b,c) from t1
CREATE TABLE t1 (field char(1))
select * from t1 where a in ('a')
select * from t1 where 'a' in (a,b,c collate latin1_bin)
select 1 in (1.0,'2.0')
select count(*) from t1 where id not in (1)
CREATE TABLE t1 SELECT 1 IN (2, NULL)
create table t2 (a int, filler char(200), key(a))
insert into t2 select '2006-04-25 10:00:00' + interval C.a*2+1 minute,\n               'yes' from t1 C
select * from t2 where a NOT IN (\n  '2006-04-25 10:00:00','2006-04-25 10:02:00','2006-04-25 10:04:00', \n  '2006-04-25 10:06:00', '2006-04-25 10:08:00')
insert into t2 values ('fon', '1'), ('fop','1'), ('barbaq','1'), \n  ('barbas','1'), ('bazbazbay', '1'),('zz','1')
insert into t2 select 64224.56344, 'no' from t1 A, t1 B
select count(*) from (\n  select @str:=concat(@str, @cnt:=@cnt+1, ",") \n  from t1 A, t1 B, t1 C, t1 D) Z
execute s
select some_id from t1 where some_id not in(-4,-1,3423534,2342342)
select some_id from t1 where some_id not in('-1', '0')
CREATE TABLE t2 (a int, b int, PRIMARY KEY (a))
INSERT INTO t2 VALUES (3,2),(4,2),(100,100),(101,201),(102,102)
CREATE TABLE t3 (a int PRIMARY KEY)
INSERT INTO t4 VALUES (1,1),(2,2),(1000,1000),(1001,1001),(1002,1002),\n       (1003,1003),(1004,1004)
SELECT STRAIGHT_JOIN * FROM t3 \n  JOIN t1 ON t3.a=t1.a \n  JOIN t2 ON t3.a=t2.a\n  JOIN t4 WHERE t4.a IN (t1.b, t2.b)
SELECT STRAIGHT_JOIN \n   (SELECT SUM(t4.a) FROM t4 WHERE t4.a IN (t1.b, t2.b)) \n  FROM t3, t1, t2\n  WHERE t3.a=t1.a AND t3.a=t2.a
SELECT * FROM t1 WHERE a=-1 OR a=-2
SELECT * FROM t1 WHERE a IN (-1, -2)
CREATE TABLE t2 (a BIGINT UNSIGNED)
SELECT HEX(a) FROM t2 WHERE a IN \n  (0x7ffffffffffffffe, \n   0x7fffffffffffffff,\n   'abc')
INSERT INTO t3 VALUES (9223372036854775551)
create table t1(f1 char(1))
explain select f1 from t1 where f1 in (2,1)
select f2 from t2 where f2 in (1,'b')
insert into t1 values (),(),(),(),(),(),(),(),(),()
select a from t1 where a not in (a,a,a) group by a
EXPLAIN SELECT * FROM t1 WHERE c_int IN (1, 2, 3)
EXPLAIN SELECT * FROM t1 WHERE c_decimal IN (1, 2, 3)
EXPLAIN SELECT * FROM t1 WHERE c_decimal IN (NULL, NULL)
EXPLAIN SELECT * FROM t1 WHERE c_float IN (NULL, NULL)
EXPLAIN SELECT * FROM t1 WHERE c_bit IN (1, 2, 3)
EXPLAIN SELECT * FROM t1 WHERE c_date \n  IN ('2009-09-01', '2009-09-02', '2009-09-03')
EXPLAIN SELECT * FROM t1 WHERE c_datetime IN (NULL, NULL)
EXPLAIN SELECT * FROM t1 WHERE c_year IN (1, 2, 3)
EXPLAIN SELECT * FROM t1 WHERE c_char IN (NULL)
SELECT 1 IN (YEAR(FROM_UNIXTIME(NULL)) ,1)
select * from t1 where 1 in (a, name_const('a', null))
PREPARE stmt FROM 'SELECT * FROM t1 WHERE -1 IN (a,b)'
SELECT MIN(id), MAX(id), COUNT(*) FROM t1
ANALYZE SELECT id, name FROM t1 WHERE id = '2'
CREATE TABLE t1 (a INT, PRIMARY KEY(a))
EXPLAIN SELECT * FROM t1 WHERE a = 1
SELECT * FROM t1 WHERE a IN (1,1,2)
SELECT * FROM t1 WHERE a IN (3,2,3,3,1,2,3)
SELECT * FROM t1 WHERE a IN ((SELECT 2), (SELECT 2))
EXPLAIN SELECT * FROM t2 WHERE (a,b) IN ((2,'def'),(2,'def'),(2,NULL))
CREATE TABLE t3(a INT, PRIMARY KEY(a))
CREATE TABLE t4 (a INT)
INSERT INTO t4 VALUES (2),(3)
EXPLAIN SELECT * FROM t1 LEFT JOIN ((t2, t3) LEFT JOIN t4 ON t2.a = t4.a)\n    ON t1.a = t2.a WHERE t1.a IN (2,2,2)
CALL p1(2,1)
create table t1 (username varchar(12) not null, id int(11) not null)
create view v1 as select username from t1 where id = 0
SELECT 1 & ROW(1,1)
SELECT ROW(1,1) >> 1
SELECT TO_SECONDS(ROW(1,1))
SELECT OCTET_LENGTH(ROW(1,1))
SELECT COERCIBILITY(ROW(1,1))
SELECT GET_LOCK('x', ROW(1,1))
insert into t1 values (0,"2002-05-01"),(0,"2002-05-01"),(0,"2002-05-01")
select * from t1 where isnull(to_days(mydate))
CREATE TABLE t1 (d1 datetime NOT NULL)
SELECT * FROM t1 WHERE d1 IS NULL
EXPLAIN EXTENDED SELECT * FROM t1 WHERE d1 IS NULL
SELECT * FROM v1 WHERE d1 IS NULL
EXPLAIN EXTENDED\nSELECT * FROM t2 LEFT JOIN t1 ON t2.d1=t1.d1 WHERE t1.d1 IS NULL
EXPLAIN EXTENDED\nSELECT * FROM t2 LEFT JOIN v1 ON t2.d1=v1.d1 WHERE v1.d1 IS NULL
select json_contains('"you"', '"you"')
select json_contains('[{"abc":"def", "def":"abc"}, "bar"]', '["bar", {}]') as exp
select json_object()
select json_merge('string')
select json_merge('{"1": 2}', '{"true": false}', '{"3": 4}')
select json_merge(NULL,json_object('foo', 1))
select json_type('123')
select json_keys('{"a":{"c":1, "d":2}, "b":2}')
SET @j = '["abc", [{"k": "10"}, "def"], {"x":"abc"}, {"y":"bcd"}]'
create table t1( json_col text )
select json_object("a", '{"b": "abcd"}')
create table json (j INT)
show create table json
select json_compact('{"a":1, "b":[1,2,3], "c":{"aa":"v1", "bb": "v2"}}') as ex
select json_loose('{"a":1, "b":[1,2,3], "c":{"aa":"v1", "bb": "v2"}}') as ex
SELECT JSON_search( '{"x": "\\\\""}', "one", '"') as ex
show variables like 'net_buffer_length'
set @@global.max_allowed_packet = @save_max_allowed_packet
SELECT JSON_KEYS(f) FROM t1 ORDER BY 1
select @str, @path, JSON_EXTRACT(@str, @path)
SET @`json` := '["A", [{"B": "1"}], {"C": "AB"}, {"D": "BC"}]', @`value` := 'AB'
CREATE TABLE t1 (fld varchar(16) NOT NULL)
SELECT JSON_MERGE_PATCH('{"a":"b"}', NULL, '{"c":"d"}') as exp
SELECT JSON_MERGE_PATCH(NULL, '[1,2,3]') as exp
INSERT INTO t1 VALUES\n  ('{"ID": "4", "Name": "Betty", "Age": 19}'),\n  ('[10, 20, [30, 40]]')
SELECT JSON_OBJECT('x',MAX(a=2)) FROM t1
SELECT JSON_ARRAYAGG(a), JSON_ARRAYAGG(b) FROM t1 GROUP BY b
CREATE TABLE t1 (a VARCHAR(80))
SELECT JSON_VALID(JSON_ARRAYAGG(b)) FROM t1
SELECT JSON_ARRAYAGG(b LIMIT 2) FROM t1
SELECT JSON_VALID(JSON_ARRAYAGG(JSON_OBJECT('a', a, 'b', b))) FROM t1
SELECT JSON_ARRAYAGG(JSON_OBJECT('a', a, 'b', b)) FROM t1
SELECT JSON_ARRAYAGG(JSON_OBJECT('a', a, 'b', b)) FROM t1 GROUP BY a
SELECT JSON_OBJECTAGG(a) FROM t1
SELECT JSON_LENGTH()
SET @old_collation_connection= @@COLLATION_CONNECTION
select JSON_VALID(' {"number": 01E-4}')
select JSON_VALID(' {"number": 0E-4.0}')
INSERT INTO t1 VALUES (1,1), (2,2), (3,3)
INSERT INTO t1 VALUES ('red'),('blue')
select json_arrayagg(a) from t1
CREATE TABLE t1(id int primary key, name varchar(50))
INSERT INTO t1 VALUES (1, "name1"), (2, "name2"), (3, "name3")
SELECT json_object('a', if(1, json_object('b', 'c'), json_object('e', 'f'))) as exp
SELECT JSON_OBJECTAGG('\\"', 1)
CREATE VIEW v AS SELECT * FROM t
SET @data = '[{"Data": "<root language=\\\\"de\\\\"></root>"}]'
SELECT JSON_UNQUOTE('"\\\\ud83d\\\\ude0a"') as smiley
select json_valid(@v) as valid
SELECT JSON_OVERLAPS('null', '0')
SELECT JSON_OVERLAPS('"string1"', '"string2"')
SELECT JSON_OVERLAPS('{"A": 1}',\n                     '{"B": 1}')
SELECT JSON_OVERLAPS('{"A":1, "B":{"D":4, "E":[5, 6, 7]}}',\n                     '{"C":3, "B":{"E":5, "D":4}}') as exp
SELECT JSON_OVERLAPS('[1, 2, [true, false], null]',\n                     '[[1], [true, false]]') as exp
SELECT JSON_OVERLAPS('[1, 2, true, false, {"A": 1, "B": 2}]',\n                     '{"A": 1, "B": 2}') as exp
SELECT JSON_OVERLAPS('[1, 2, true, false, [{"A": 1, "B": 2}]]',\n                     '{"A": 1, "B": 3}') as exp
SELECT JSON_OVERLAPS('[1, 2, true, false, [{"A": 1, "B": {"C": 12}}]]',\n                     '{"A": 1, "B":{"C": 12}}') as exp
SELECT JSON_OVERLAPS('[1,2,{"A":B}]', '{"A":B}', '{"C":"string1"}')
SELECT JSON_OVERLAPS('[1,2,{"A":B}]')
SET @json='{\n            "A": [0,\n                  [1, 2, 3],\n                  [4, 5, 6],\n                  "seven",\n                   0.8,\n                   true,\n                   false,\n                   "eleven",\n                  [12, 13, {"key1":"value1"},[15]],\n                  true],\n            "B": {"C": 1},\n            "D": 2\n           }'
SET @JSON='\n{\n  "SZ": [\n    {\n      "NAME": "S0",\n      "OFFERS": [\n        {\n          "NAME": "S0A0"\n        }\n      ]\n    },\n    {\n      "NAME": "S1",\n      "OFFERS": [\n        {\n          "NAME": "S1A0"\n        },\n        {\n          "NAME": "S1A1"\n        }\n      ]\n    },\n    {\n      "NAME": "S2",\n      "OFFERS": [\n        {\n          "NAME": "S2A0"\n        }\n      ]\n    },\n    {\n      "NAME": "S3",\n      "OFFERS": [\n        {\n          "NAME": "S3A0"\n        }\n      ]\n    },\n    {\n      "NAME": "S4",\n      "OFFERS": [\n        {\n          "NAME": "S4A0"\n        }\n      ]\n    },\n    {\n      "NAME": "S5",\n      "OFFERS": [\n        {\n          "NAME": "S5A0"\n        }\n      ]\n    }\n  ]\n}\n \n'
SELECT 1 FROM\n  (SELECT CASE WHEN x * x THEN x END as a\n    FROM ( SELECT json_array_append ( 'x' , ( 'x' % 'x' ) , 1 , 'x' , 1 ) as x ) dt2\n  ) dt\n  WHERE a
SELECT 1 FROM (SELECT CASE WHEN x * x THEN x END as a FROM ( SELECT json_array_append ( 'x' , ( 'x' % 'x' ) , 1 , 'x' , 1 ) as x ) dt2 ) dt WHERE a
SELECT x FROM (SELECT 1 AS x UNION SELECT 2) AS t WHERE x IN (  SELECT JSON_REPLACE('1', UPPER(CAST(NULL AS CHAR)), 100))
SET @char=@@character_set_connection
SELECT JSON_OVERLAPS ('{"B":{}}', '{"B":{') AS exp_ucs2
CREATE TABLE t(c1 JSON, c2 JSON)
SELECT c1, c2, JSON_EQUALS(c1, c2) AS je_c1_c2 FROM t
SET @old_debug= @@debug_dbug
select ST_AsTEXT(ST_GeomFromGeoJSON(JSON_OBJECT("type", "Point", "coordinates", @arr),2)) as exp
explain extended select * from t1 where a like 'abc%'
select * from t1 where a like 'a\\\\%' escape '#' and a like 'a\\\\\\\\b'
set @esc='#'
create table t1 (a datetime)
insert into t1 values ('2004-03-11 12:00:21')
SET NAMES cp1250
select _cp866'aaaaaaaaa' like _cp866'%aaaa%' collate cp866_bin
CREATE TABLE t2(b INT PRIMARY KEY)
SELECT 1 LIKE 1>>0, 1 LIKE 1>>1 , 64 LIKE 256>>2
SELECT 2 LIKE 1+1, 2.0 LIKE 1+1.0, 2 LIKE 1+1.0, 1+1 LIKE 2, 1+1 LIKE 0+2
SELECT 1 LIKE 1/1, 1.0000 LIKE 1/1, 1.0000 LIKE 1/1.000000, 1.000000 LIKE 1.0/1.000000, 1/1 like 1/1
SELECT c1, c2, c1-c2, -1 LIKE c1-c2 FROM t1 ORDER BY c2
CREATE TABLE t1 (c1 BLOB NOT NULL)
INSERT INTO t1 (c1) VALUES (1)
select truncate(52.64,1),truncate(52.64,2),truncate(52.64,-1),truncate(52.64,-2), truncate(-52.64,1),truncate(-52.64,-1)
explain extended select abs(-10), sign(-5), sign(5), sign(0)
explain extended select ln(exp(10)),exp(ln(sqrt(10))*2),ln(-1),ln(0),ln(NULL)
explain extended select log2(8),log2(15),log2(-2),log2(0),log2(NULL)
set @@rand_seed1=10000000,@@rand_seed2=1000000
select rand(999999),rand()
select format(atan2(-2, 2), 6)
select abs(-2) * -2
set @var=2
select truncate(15000111000111000155,-1)
insert into t1 values ('zombie',0,0),('gold',1,10000),('silver',2,10000)
select ceiling(cast(-2 as unsigned)), ceiling(18446744073709551614), ceiling(-2)
select truncate(1.5, -2147483649), truncate(1.5, 2147483648)
SELECT DISTINCT a DIV 900 y FROM t1
SELECT c DIV 900 y FROM t1 GROUP BY y
SELECT 1 FROM (SELECT ROUND(f1, f1) AS a FROM t1) AS s WHERE a LIKE 'a'
SELECT ROUND(f1, f1) FROM t1 GROUP BY 1
SELECT ROUND(LEAST(15, -4939092, 0.2704), STDDEV('a'))
SELECT 18446744073709551615 - 1
SELECT 9223372036854775807 - -1
SET @a:=999999999999999999999999999999999999999999999999999999999999999999999999999999999
SELECT -(1 DIV 0)
INSERT IGNORE INTO t1 (SELECT -pi())
select round(999999999999999999.0, -18)
select 5.0 div 2.0
SELECT STDDEV_SAMP(ROUND('0', 309)) FROM t1
insert ignore t1 values("1e-21474836480")
CREATE TABLE t1 (a VARCHAR(128))
INSERT INTO t1 VALUES (1.7e+308)
SELECT  9223372036854775808 MOD  1
SELECT  1 MOD  9223372036854775808
SELECT -1 MOD -9223372036854775808
CREATE TABLE t44 (d1 decimal(38,0) DEFAULT NULL)
CREATE PROCEDURE p2(prec INT)\nBEGIN\n  DECLARE scale INT DEFAULT 0;\n  WHILE scale < prec AND scale <= 30 DO\n    CALL p1(prec, scale);\n    SET scale= scale + 1;\n  END WHILE;\nEND;
CALL p2(38)
CREATE OR REPLACE TABLE t2 AS SELECT a+1 AS a FROM t1
SELECT CRC32(NULL), CRC32(''), CRC32('MySQL'), CRC32('mysql')
SELECT CRC32(NULL,1),CRC32C(NULL,1), CRC32(1,''), CRC32C(1,'')
SELECT CRC32 ('5c',''),CRC32 ('5c',0),CRC32 ('5c', '0'),CRC32 ('5c',NULL)
SELECT CRC32C('5c',''),CRC32C('5c',0),CRC32C('5c', '0'),CRC32C('5c',NULL)
select crc32c('' as empty)
INSERT INTO t (a,i) VALUES ('DB',CRC32C('Maria'))
DROP TABLE IF EXISTS t
SELECT crc32(SUM(a)),crc32c(SUM(a)) FROM t
SELECT CRC32(ROUND(1.58))
SELECT CRC32(SIGN(0))
SELECT CRC32(1 AND 1)
SELECT CRC32(ASCII('2'))
SELECT CRC32(CONCAT('good','year'))
SELECT CRC32(REPLACE('godyear','o','oo'))
SELECT CRC32(true)
INSERT INTO t1 VALUES (B'10101', 127, 8388607, 2147483647,\n                       9223372036854775807, 10.5, 11.5, 12.5)
SELECT CRC32(c2) FROM t1
CREATE TABLE t1 (c1 DATE,\n                 c2 DATETIME,\n                 c3 TIMESTAMP,\n                 c4 TIME,\n                 c5 YEAR)
CREATE TABLE t1 (c1 CHAR,\n                 c2 VARCHAR(10),\n                 c3 BINARY(1),\n                 c4 VARBINARY(10),\n                 c5 TINYBLOB,\n                 c6 TINYTEXT,\n                 c7 BLOB,\n                 c8 TEXT,\n                 c9 MEDIUMBLOB,\n                 c10 MEDIUMTEXT,\n                 c11 LONGBLOB,\n                 c12 LONGTEXT)
SELECT CRC32(c11) FROM t1
SELECT CRC32(ST_GeomFromText('POINT(1 1)'))
SELECT CRC32(ST_X(pt)) FROM geom_data
CREATE VIEW v1 AS SELECT CRC32(a) AS my_crc FROM t1
SELECT ROUND( i, 18446744073709551594 ) AS f FROM t1
SET @@SESSION.div_precision_increment=0
SET @@SESSION.div_precision_increment=DEFAULT
CREATE OR REPLACE TABLE t2 AS SELECT FORMAT(bi,0),FORMAT(bis,0) FROM t1
CREATE OR REPLACE TABLE t1 (d DECIMAL(65,0))
SELECT FORMAT(b1,0),\nFORMAT(b2,0),\nFORMAT(b3,0),\nFORMAT(b4,0),\nFORMAT(b5,0),\nFORMAT(b6,0),\nFORMAT(b7,0),\nFORMAT(b8,0),\nFORMAT(b9,0),\nFORMAT(b10,0),\nFORMAT(b11,0),\nFORMAT(b12,0),\nFORMAT(b13,0),\nFORMAT(b14,0),\nFORMAT(b15,0),\nFORMAT(b16,0),\nFORMAT(b17,0),\nFORMAT(b18,0),\nFORMAT(b19,0),\nFORMAT(b20,0),\nFORMAT(b21,0),\nFORMAT(b22,0),\nFORMAT(b23,0),\nFORMAT(b24,0),\nFORMAT(b25,0),\nFORMAT(b26,0),\nFORMAT(b27,0),\nFORMAT(b28,0),\nFORMAT(b29,0),\nFORMAT(b30,0),\nFORMAT(b31,0),\nFORMAT(b32,0),\nFORMAT(b33,0),\nFORMAT(b34,0),\nFORMAT(b35,0),\nFORMAT(b36,0),\nFORMAT(b37,0),\nFORMAT(b38,0),\nFORMAT(b39,0),\nFORMAT(b40,0),\nFORMAT(b41,0),\nFORMAT(b42,0),\nFORMAT(b43,0),\nFORMAT(b44,0),\nFORMAT(b45,0),\nFORMAT(b46,0),\nFORMAT(b47,0),\nFORMAT(b48,0),\nFORMAT(b49,0),\nFORMAT(b50,0),\nFORMAT(b51,0),\nFORMAT(b52,0),\nFORMAT(b53,0),\nFORMAT(b54,0),\nFORMAT(b55,0),\nFORMAT(b56,0),\nFORMAT(b57,0),\nFORMAT(b58,0),\nFORMAT(b59,0),\nFORMAT(b60,0),\nFORMAT(b61,0),\nFORMAT(b62,0),\nFORMAT(b63,0),\nFORMAT(b64,0) \nFROM t1
CREATE OR REPLACE TABLE t1 (c1 BIT(1))
INSERT INTO t1 VALUES (b'1')
INSERT INTO t1 VALUES (b'11')
INSERT INTO t1 VALUES (b'11111111')
CREATE OR REPLACE TABLE t1 (c1 BIT(10))
CREATE OR REPLACE TABLE t1 (c1 BIT(16))
CREATE OR REPLACE TABLE t1 (c1 BIT(17))
INSERT INTO t1 VALUES (b'111111111111111111')
INSERT INTO t1 VALUES (b'1111111111111111111111')
CREATE OR REPLACE TABLE t1 (c1 BIT(30))
CREATE OR REPLACE TABLE t1 (c1 BIT(39))
INSERT INTO t1 VALUES (b'11111111111111111111111111111111111111111')
CREATE OR REPLACE TABLE t1 (c1 BIT(47))
CREATE OR REPLACE TABLE t1 (c1 BIT(48))
INSERT INTO t1 VALUES (b'11111111111111111111111111111111111111111111111111')
CREATE OR REPLACE TABLE t1 (c1 BIT(56))
CREATE OR REPLACE TABLE t1 (c1 BIT(63))
INSERT INTO t1 VALUES (b'111111111111111111111111111111111111111111111111111111111111111')
INSERT INTO t1 VALUES (NULL),(NULL)
SELECT -(ROUND(0.4-0.4))
SELECT 1e1 * -0e1
SELECT -0e1 % 1e1
SELECT SIGN(ROUND(-0.4))
SELECT AVG(0e1*-1e1)
SELECT CONCAT(AVG(0e1*-1e1))
SELECT CASE WHEN -0e1=0e1 THEN 1.0 ELSE 0.0 END
INSERT INTO t_signed_zero VALUES (0e0*-1e0)
SELECT CONCAT(a) FROM (SELECT -(1e0-1e0) AS a) t
SELECT SIGN(-'0')
CREATE TABLE t1 (c1 DECIMAL(65,0))
INSERT INTO t1 VALUES\n  (12345678901234567890123456789012345678901234567890123456789012345),\n  (-9999999999999999999999999999999999999999999999999999999999999999),\n  (0),(NULL)
CREATE TABLE t1 (c1 BIGINT)
select inet_ntoa(inet_aton("255.255.255.255.255.255.255.255"))
select inet_aton("255.255.255.255.255"),inet_aton("255.255.1.255"),inet_aton("0.1.255")
select sys_guid() != sys_guid()
select a from t1 where mid(a+0,6,3) = ( mid(20040106123400,6,3) )
SELECT IS_USED_LOCK('bug16501') = connection_id\nFROM t1\nWHERE conn = 'con1'
select length(`uuid()`) from t1
create table t1 select INET_ATON('255.255.0.1') as `a`
set @invoked := 0
SELECT NAME_CONST('flag',-1)   * MAX(a) FROM t1
SELECT NAME_CONST('var', 'value') COLLATE latin1_general_cs
select 24 * 60 * 60 * 1000 * 1000 * 10 into @my_uuid_one_day
select 141427 + datediff(curdate(),'1970-01-01') into @my_uuid_synthetic
set @@session.time_zone=@save_tz
INSERT INTO t1 VALUES (1, '2'), (2, '3'), (3, '2')
SELECT DISTINCT LEAST(a, (SELECT b FROM t1 LIMIT 1)) FROM t1 UNION SELECT 1
SELECT NAME_CONST('a', -(1 OR 2)) OR 1
set optimizer_switch='materialization=off'
CREATE TABLE tv (e char(2) not null )
INSERT INTO tv VALUES (1)
drop view  v_merge, vm
SELECT COUNT(1), UUID() as uid FROM t1 GROUP BY uid
select is_used_lock('test') = connection_id()
select get_lock('test2', 0)
select get_lock('test1', 7200)
SELECT INET6_ATON('1.2.3.4.5') IS NULL
SELECT INET6_ATON('0x1.2.3.4') IS NULL
SELECT INET6_ATON('a.2.3.4') IS NULL
SELECT INET6_ATON('1.2.3.4:80') IS NULL
SELECT INET6_ATON('1.2.3.4/32') IS NULL
SELECT INET6_ATON('1::2:3:') IS NULL
SELECT INET6_ATON('1020::3040::5060') IS NULL
SELECT INET6_ATON('::ABCZ') IS NULL
SELECT INET6_ATON('::FFFF:a.b.c.d') IS NULL
SELECT HEX(INET6_ATON('001.002.003.004'))
SELECT HEX(INET6_ATON('255.255.255.255'))
SELECT HEX(INET6_ATON('1:2:3::5:6:7:8'))
SELECT HEX(INET6_ATON('1:2:3:4:5:6::8'))
SELECT LENGTH(INET6_ATON('0.0.0.0'))
SELECT INET6_NTOA(INET6_ATON('::2:3:4:5:6:7:8'))
SELECT INET6_NTOA(INET6_ATON('1:2::4:5:6:7:8'))
SELECT INET6_NTOA(INET6_ATON('0000:0000::0000:0001'))
SELECT INET6_NTOA(INET6_ATON('::192.168.1.2'))
SELECT INET6_NTOA(INET6_ATON('::1.2.3.04'))
SELECT INET6_NTOA(INET6_ATON('::1.2.3.00'))
SELECT INET6_NTOA(INET6_ATON('::FFFF:1.2.3.04'))
SELECT HEX(INET_ATON('1.2.256'))
SELECT IS_IPV4(BINARY('1.2.3.4'))
SELECT IS_IPV4_MAPPED(INET6_ATON('::1.2.3.4')),\n       IS_IPV4_COMPAT(INET6_ATON('::1.2.3.4'))
SELECT IS_IPV4_MAPPED(INET6_ATON('::1')),\n       IS_IPV4_COMPAT(INET6_ATON('::1'))
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE ip_full_addr varchar(39) DEFAULT "";\n  SELECT INET6_NTOA(UNHEX('20000000000000000000000000000000')) into ip_full_addr;\n  SELECT ip_full_addr;\nEND;
SELECT ISNULL( BENCHMARK(1, MIN(a))) FROM v1
INSERT INTO t1 (a) VALUES ('192.168.001.001'),('::1'),('xxx')
create view v1(numgtfmt)\nas\nselect 'x' from t1\nunion\nselect 'x' from t1
SELECT INET_ATON("255.255.255.255.255.255.255.255")
create table t1 as WITH cte AS (SELECT UUID() as r  FROM seq_1_to_10)\nSELECT r as r1, r FROM cte
select 1 << 32,1 << 63, 1 << 64, 4 >> 2, 4 >> 63, 1<< 63 >> 60
select -1 | 0, -1 ^ 0, -1 & 0
select  1 | -1,  1 ^ -1,  1 & -1
insert into t1 (xxx) values('this is a test of some long text to see what happens')
SELECT 1 REGEXP NULL
SELECT NULL REGEXP BINARY NULL
SELECT "ABC" REGEXP BINARY NULL
SELECT ' '  REGEXP '[[:space:]]'
select 'foo' regexp x from t1 order by x asc
CREATE TABLE t0(c0 INT NOT NULL, c1 CHAR UNIQUE)
SELECT 'À' RLIKE '\\\\x{00E0}' COLLATE utf8_bin
SELECT 'À' RLIKE '\\\\x{00C0}' COLLATE utf8_bin
INSERT INTO t2 VALUES ('a'),('(?i)a'),('(?-i)a'),('A'),('(?i)A'),('(?-i)A')
SELECT s,p,s RLIKE p, s COLLATE utf8_bin RLIKE p FROM t1,t2 ORDER BY BINARY s, BINARY p
INSERT INTO t1 VALUES ('я'),('σ'),('a'),('à')
INSERT INTO t1 VALUES ('1'),('௨')
INSERT INTO t2 VALUES ('\\\\p{L}'), /* buggy before v10.45 ('\\\\p{Ll}'),('\\\\p{Lu}'),*/ ('\\\\p{L&}')
SELECT '\\n' RLIKE '(*ANY)'
SELECT 'aaaaa' RLIKE 'a{0,5}'
SELECT 'aaaaa' RLIKE 'a{0,}'
SELECT 'aabb' RLIKE 'aa(?R)?bb'
SELECT 'ab' RLIKE 'a(?!b)'
SELECT 'cb' RLIKE '(?<!a)b'
SELECT 'cb' RLIKE '(?<=a)b'
SELECT '1a3' RLIKE '\\\\d.\\\\d'
SELECT 'a1b' RLIKE '\\\\d.\\\\d'
SELECT 'a1' RLIKE '\\\\d\\\\D'
SELECT '\\t' RLIKE '\\\\s'
SELECT '\\n' RLIKE '\\\\s'
SELECT 'a' RLIKE '\\\\S'
SELECT REGEXP_REPLACE('a','A','b')
SELECT REGEXP_REPLACE('A' COLLATE utf8_bin,'a','b')
SELECT REGEXP_REPLACE('г',0xB3,0xB4)
SELECT REGEXP_REPLACE('aaaa','a','b')
SELECT REGEXP_REPLACE('aaaa','(?<=.)a(?=.)','b')
SELECT REGEXP_REPLACE('dabcd','a(?>bc|b)c','e')
SELECT REGEXP_REPLACE('cb','(?<!a)b','e')
SELECT REGEXP_REPLACE('%','\\\\W','e')
SELECT REGEXP_REPLACE('\\t','\\\\s','e')
SELECT REGEXP_REPLACE('\\r','\\\\s','e')
SELECT REGEXP_REPLACE('1','\\\\S','e')
SELECT REGEXP_INSTR('вася','а')
SELECT  'cat and\\r\\ndog'  RLIKE 'cat.*dog'
SELECT 'AB' RLIKE 'A B'
SELECT 'AB' RLIKE 'A# this is a comment\\nB'
SET default_regex_flags='UNGREEDY'
SET @regCheck= X'E001'
SELECT 'a' UNION ALL SELECT REPLACE('a', col1, col2) FROM t1
INSERT INTO t1 (col1, col2) VALUES ('a', 'ba')
CREATE TABLE t1 (\n  id INT UNSIGNED NOT NULL AUTO_INCREMENT,\n  col1 VARCHAR (1),\n  col2 VARCHAR (10),\n  PRIMARY KEY (id)\n)
INSERT INTO t1 (col1, col2) VALUES ('a', '0123456789')
SELECT REPLACE('aaa', col1, col2) FROM t1
DROP TABLE IF EXISTS t1_select
DROP TABLE IF EXISTS t1_aux
DROP VIEW IF EXISTS v1_not_null
DROP TABLE IF EXISTS t1_fail
DROP FUNCTION IF EXISTS f1_simple_insert
SET SESSION sql_mode = ''
SELECT f1_simple_insert(f2),f1_simple_insert(f1) FROM t1_select
SELECT f1_simple_insert(f1_simple_insert(NULL)) FROM t1_select
SELECT STRAIGHT_JOIN * FROM t1_select t2 RIGHT JOIN t1_select t1\nON t1.f1 = t1.f1 WHERE 1 = f1_insert_with_two_rows()
CREATE TABLE t1_fail AS SELECT f1_two_inserts() FROM t1_select
SELECT AVG(f1_two_inserts()) FROM t1_select
SELECT f1_two_inserts_v1()
SELECT * FROM t1_child
select extract(HOUR_MICROSECOND FROM "1999-01-02 10:11:12.000123")
select date_add("1997-12-31 23:59:59.000002",INTERVAL "10000:99.999999" MINUTE_MICROSECOND) as exp
SET @@SQL_MODE="ALLOW_INVALID_DATES"
select subtime("01:00:00.999999", "02:00:00.999998") as exp
select timediff("2000:01:01 00:00:00", "2000:01:01 00:00:00.000001") as exp
select time("1997-12-31 25:59:59.000001")
create table t1 \nselect makedate(1997,1) as f1,\n   addtime(cast("1997-12-31 23:59:59.000001" as datetime(6)), "1 1:1:1.000002") as f2,\n   addtime(cast("23:59:59.999999" as time(6)) , "1 1:1:1.000002") as f3,\n   timediff("1997-12-31 23:59:59.000001","1997-12-30 01:01:01.000002") as f4,\n   timediff("1997-12-30 23:59:59.000001","1997-12-31 23:59:59.000002") as f5,\n   maketime(10,11,12) as f6,\n   timestamp(cast("2001-12-01" as date), "01:01:01") as f7,\n   date("1997-12-31 23:59:59.000001") as f8,\n   time("1997-12-31 23:59:59.000001") as f9
SELECT ADDTIME(t1,t2) As ttt, ADDTIME(t2, t3) As qqq from test
select addtime("-01:01:01.01", "-23:59:59.1") as a
SELECT sec_to_time(-3020399)=TIME('-838:59:59')
SELECT INTERVAL(13, 7, 14, 21, 28, 35, 42, 49, 56, 77)
select find_in_set('a',binary 'A,B,C')
SELECT INTERVAL(0.0, NULL)
SELECT INTERVAL(0.0, CAST(DATE(NULL) AS DECIMAL))
SELECT INTERVAL(0.0, CAST(DATE(NULL) AS DECIMAL), CAST(DATE(NULL) AS DECIMAL),\n  CAST(DATE(NULL) AS DECIMAL), CAST(DATE(NULL) AS DECIMAL),\n  CAST(DATE(NULL) AS DECIMAL), CAST(DATE(NULL) AS DECIMAL),\n  CAST(DATE(NULL) AS DECIMAL), CAST(DATE(NULL) AS DECIMAL)) as exp
select find_in_set(f1,f1) as a from t1,(select find_in_set(f1,f1) as b from t1) a
CREATE TABLE t1(days set('1','2','3','4','5','6','7'))
SELECT * FROM t1 WHERE FIND_IN_SET(DAYOFWEEK(CURRENT_DATE()), NULL) IS UNKNOWN
SELECT * FROM t1 WHERE FIND_IN_SET(7, days)
SELECT INTERVAL(ROW(1,1),ROW(1,2))
select sformat(' {{ {{ {} {{ ', 'param1')
select sformat('{}{}{}', 1, 2, 3)
select sformat('Numbers {} {} {}', 1, 1.11, 1.111)
select sformat('A{}C{}E{}', 'B', 'D')
insert into  t1 values ('string: {}, number: {}', 'xyz', 123),\n                       ('something {} went {} wrong {}', 'foo', 0),\n                       ('Test case {} -> {}', 'Print', -32)
select sformat(param1, param2, param3) from t1
select sformat('{}', param) from t5
select sformat('Num [{:20}]', 42)
select sformat('Number: {:*^{}}', 4, 5)
select sformat('Float {:.2f}', 42.0)
select sformat('Number {:{}}', 5, 5)
select sformat('{:+f}; {:+f}', 3.14, -3.14)
select sformat('1={1} 2={2} 0={0}', 0, 1)
execute s using 100
create table t1 (a text, b int, c text)
select length(sformat('{:524287}.', 1))
select 'hello' 'monty'
select substring_index('aaaaaaaaa1','aaa',1)
select substring_index('aaaaaaaaa1','aa',-2)
select substring_index('the king of the.the hill','the',-2)
select substring_index('the king of thethethe.the hill','the',-3)
select TRIM("foo" FROM "foo"), TRIM("foo" FROM "foook"), TRIM("foo" FROM "okfoo")
select concat_ws(',','',NULL,'a')
select replace('aaaa','a','bbbb')
select aes_decrypt(aes_encrypt('abc','1'),'1')
select aes_decrypt(aes_encrypt('abc','1'),1)
select reverse('abc'),reverse('abcd')
select quote('\\'\\"\\\\test')
select quote(concat('abc\\'', '\\\\cba'))
select quote(1/0), quote('\\0\\Z')
select reverse("")
select locate("a","b",2),locate("","a",1)
select domain from t1 where concat('@', trim(leading '.' from concat('.', domain))) = '@hello.de'
select row('A','b','c') = row('a','b','c')
select row('A','b','c') = row('a' COLLATE latin1_bin,'b','c')
select concat(_latin1'a',_latin2'a')
select concat_ws(_latin1'a',_latin2'a')
select FIELD('b',_latin2'A','B')
select POSITION(_latin1'B' COLLATE latin1_bin IN _latin1'abcd')
select FIND_IN_SET(_latin1'B',_latin1'a,b,c,d')
select FIND_IN_SET(_latin1'B' COLLATE latin1_general_ci,_latin1'a,b,c,d' COLLATE latin1_bin)
select FIND_IN_SET(_latin1'B',_latin2'a,b,c,d')
select SUBSTRING_INDEX(_latin1'abcdabcdabcd' COLLATE latin1_general_ci,_latin1'd' COLLATE latin1_bin,2)
select _latin2'B' between _latin1'a' and _latin1'b'
select collation(oct(130)), coercibility(oct(130))
select collation(format(130,10)), coercibility(format(130,10))
select collation(export_set(255,_latin2'y',_latin2'n',_latin2' ')), coercibility(export_set(255,_latin2'y',_latin2'n',_latin2' '))
select collation(repeat(_latin2'a',10)), coercibility(repeat(_latin2'a',10))
select collation(reverse(_latin2'ab')), coercibility(reverse(_latin2'ab'))
create table t1 \nselect\n  bin(130),\n  oct(130),\n  conv(130,16,10),\n  hex(130),\n  char(130),\n  format(130,10),\n  left(_latin2'a',1),\n  right(_latin2'a',1), \n  lcase(_latin2'a'), \n  ucase(_latin2'a'),\n  substring(_latin2'a',1,1),\n  concat(_latin2'a',_latin2'b'),\n  lpad(_latin2'a',4,_latin2'b'),\n  rpad(_latin2'a',4,_latin2'b'),\n  lpad(_latin2'a',4),\n  rpad(_latin2'a',4),\n  concat_ws(_latin2'a',_latin2'b'),\n  make_set(255,_latin2'a',_latin2'b',_latin2'c'),\n  export_set(255,_latin2'y',_latin2'n',_latin2' '),\n  trim(_latin2' a '),\n  ltrim(_latin2' a '),\n  rtrim(_latin2' a '),\n  trim(LEADING _latin2' ' FROM _latin2' a '),\n  trim(TRAILING _latin2' ' FROM _latin2' a '),\n  trim(BOTH _latin2' ' FROM _latin2' a '),\n  repeat(_latin2'a',10),\n  reverse(_latin2'ab'),\n  quote(_latin2'ab'),\n  soundex(_latin2'ab'),\n  substring(_latin2'ab',1),\n  insert(_latin2'abcd',2,3,_latin2'ef'),\n  replace(_latin2'abcd',_latin2'b',_latin2'B'),\n  encode('abcd','ab')
select charset(a), collation(a), coercibility(a) from t1
INSERT INTO t2 VALUES (2,2),(3,3)
select t1.*,t2.* from t1 left join t2 on (t1.b=t2.b)\nwhere coercibility(t2.a) = 5 order by t1.a,t2.a
select * from t7\nwhere concat(s1 collate latin1_general_ci,s1 collate latin1_swedish_ci) = 'AA'
explain extended select sha('abc')
explain extended select sha1('abc')
explain extended select rpad('a',4,'1')
explain extended select elt(2,1)
explain extended select char(0)
explain extended select hex(130)
explain extended select binary 'HE'
explain extended select collation(conv(130,16,10))
explain extended select coercibility(conv(130,16,10))
explain extended select trim(_latin2' a ')
explain extended select ltrim(_latin2' a ')
select count(*) as total, left(c,10) as reg from t1 group by reg order by reg desc limit 0,12
select trim(null from 'kate') as "must_be_null"
select trim('xyz' from null) as "must_be_null"
select trim(trailing NULL from 'xyz') as "must_be_null"
SELECT CHAR_LENGTH(CHAR(NULL,121,83,81,'76')) as my_column
select field(0,NULL,1,0), field("",NULL,"bar",""), field(0.0,NULL,1.0,0.0)
INSERT INTO t1 VALUES\n  (1, 0, 'Main'),\n  (2, 1, 'Toys'),\n  (3, 1, 'Games')
select * from (select *,substring(b,1),substring(b,-1),substring(b,-2),substring(b,-3),substring(b,-4),substring(b,-5) from t1) t
select * from t1 where f1='test' and (f2= md5("TEST") or f2= md5("test"))
CREATE TABLE t1 (s varchar(10))
INSERT INTO t1 VALUES ('yadda'), ('yaddy')
EXPLAIN EXTENDED SELECT s FROM t1 WHERE TRIM('y' FROM s) > 'ab'
EXPLAIN EXTENDED SELECT s FROM t1 WHERE TRIM(LEADING 'y' FROM s) > 'ab'
EXPLAIN EXTENDED SELECT s FROM t1 WHERE TRIM(BOTH 'y' FROM s) > 'ab'
create table t1 (a bigint not null)engine=myisam
select format(d, 2) from t1
insert into t1 values ('y,abc'),('y,abc')
INSERT INTO t1 VALUES ('a12'), ('A12'), ('a13')
SELECT LENGTH(code), code FROM t1 WHERE code='A12'
CREATE TABLE t2 (id varchar(10) PRIMARY KEY)
INSERT INTO t2 VALUES ('a11'), ('a12'), ('a13'), ('a14')
select format(pi(), NULL)
select benchmark(-1, 1)
select md5(encode(@my_data, _latin1 "password"))
select md5(encode(@my_data, concat("pass", "word")))
select md5(decode(@my_data, "password"))
select right('hello', 4294967297)
select right('hello', -18446744073709551615)
select right('hello', -18446744073709551617)
select substring('hello', -18446744073709551617, 1)
select substring('hello', -1, -1)
select substring('hello', 18446744073709551615, 18446744073709551615)
select substring('hello', -18446744073709551616, -18446744073709551616)
select insert('hello', 18446744073709551615, 1, 'hi')
select insert('hello', -18446744073709551617, 1, 'hi')
select insert('hello', 1, -1, 'hi')
select insert('hello', 1, 18446744073709551616, 'hi')
select insert('hello', 1, -18446744073709551617, 'hi')
select insert('hello', 4294967297, 4294967297, 'hi')
select insert('hello', -18446744073709551617, -18446744073709551617, 'hi') as exp
select repeat('hello', -4294967296)
select repeat('hello', 4294967296)
select repeat('hello', -4294967297)
select repeat('hello', 18446744073709551616)
select rpad('hello', -4294967295, '1')
select rpad('hello', 4294967297, '1')
select rpad('hello', -18446744073709551616, '1')
select rpad('hello', -18446744073709551617, '1')
select rpad('hello', -18446744073709551617)
select rpad('hello', 18446744073709551617)
select lpad('hello', -18446744073709551616, '1')
select lpad('hello', -4294967295)
select lpad('hello', 18446744073709551615)
select rpad('x')
select lpad('x')
SET SQL_MODE=@orig_sql_mode
create table t1(f1 longtext)
insert into t1 values ("123"),("456")
SELECT UNHEX('G')
SELECT INSERT('abc', 4, 3, '1234')
SELECT CRC32(a), COUNT(*) FROM t1 GROUP BY 1
SELECT ISNULL(LOCATE(NULL, 'o')) FROM DUAL
INSERT INTO t1 VALUES (1, 'foo', 'o')
SELECT id, LOCATE(a,p) IS NULL FROM t1
SELECT SUBSTR('foo',1,CAST(0 AS SIGNED)) FROM DUAL
SELECT SUBSTR('foo',1,CAST(0 AS UNSIGNED)) FROM DUAL
SELECT SUBSTR(a,1,len) FROM t1
INSERT INTO t1 VALUES ('2008-12-31','aaaaaa')
SELECT DATE_FORMAT(c, GET_FORMAT(DATE, 'eur')) h, CONCAT(UPPER(aa),', ', aa) i FROM t1
INSERT INTO t1 VALUES ('aaaaaaaa')
SELECT LOAD_FILE(a) FROM t1
INSERT INTO t2 VALUES ('EDF', 3), ('BCD', 2), ('ABC', 1)
SELECT CONVERT(('' IN (REVERSE(CAST(('') AS DECIMAL)), '')), CHAR(3))
SELECT LPAD('hi', DAY(FROM_UNIXTIME(-1)),'?')
CREATE TABLE t1(b INT, PRIMARY KEY(b))
INSERT INTO t1 VALUES (0),(254)
SELECT format(12345678901234567890.123, 3, NULL)
SELECT format(12345678901234567890.123, 3, 'en_US')
SELECT format(12345678901234567890.123, 3, 'it_CH')
SELECT format(12345678901234567890.123, 3, 'ta_IN')
SELECT CONV(1,-2147483648,-2147483648)
SELECT\nround(\n  concat( (\n    coalesce( (\n      linefromwkb('2147483648',\n                  -b'1111111111111111111111111111111111111111111')),\n      ( convert('[.DC2.]',decimal(30,30)) ),\n      bit_count('')\n    ) ),\n    ( lpad( ( elt('01','}:K5')),\n              sha1('P'),\n              ( ( select '-9223372036854775808.1' > all (select '')))\n          )\n    )\n  )\n) AS r
select md5(_filename "a"), sha(_filename "a")
CREATE TABLE t1 (a VARBINARY(64))
# "Zm8="\nSELECT @b:= TO_BASE64('foo'), FROM_BASE64(@b)
SELECT hex(FROM_BASE64('ABCD='))
SELECT hex(FROM_BASE64('ABC'))
SELECT hex(FROM_BASE64('  A B C D  '))
SELECT FROM_BASE64(TO_BASE64(d1)) FROM t1
SET @enc=AES_ENCRYPT(REPEAT(_latin1'a',800),'95F5A1F52A554')
INSERT INTO t1 VALUES (18446744073709551615),(0)
CALL load_locale_format_table()
SELECT LENGTHB('a'), LENGTHB(_utf8 0xC39F), LENGTHB(123), LENGTH(null)
CREATE TABLE t2 AS SELECT\n  LEFT(i,NULL) AS cn,\n  LEFT(i,0) AS c0,\n  LEFT(i,18446744073709551615) AS c1\nFROM t1
SELECT c1 FROM t2
CREATE TABLE t2 AS SELECT conv(i,16,2) from t1
SELECT BIN(c) FROM t1
create view v1 as select substring('hello', 1, 4294967295)
INSERT INTO t (s,e) VALUES ('1970-01-01','1970-01-02'),('1980-01-01','1980-01-02')
INSERT INTO t0 VALUES ( -54 , -27 ) , ( -107 , -62 )
select count(*) from seq_1_to_1024 where length(random_bytes(seq)) = seq
SELECT length(random_bytes(+1e1))
SELECT length(random_bytes("+1e1"))
SELECT random_bytes('r')
SELECT random_bytes('res')
select "a" in ("abc", (convert(random_bytes(8) ,binary(2))))
CREATE TABLE t2 AS SELECT RANDOM_BYTES (-1) f1,a f2 FROM t1 GROUP BY f1,f2
insert into t0 values ('1'),('foo')
insert t1 values (1,1),(2,3)
select database() = "test"
create database betäubungsmittelverschreibungsverordnung
select 0=0,1>0,1>=1,1<0,1<=0,1!=0,strcmp("abc","abcd"),strcmp("b","a"),strcmp("a","a")
select "abc" like "a%", "abc" not like "%d%", "a%" like "a\\%","abc%" like "a%\\%","abcd" like "a%b_%d", "a" like "%%a","abcde" like "a%_e","abc" like "abc%"
select 1 like 2 xor 2 like 1
explain extended select (1 << 64)-1, ((1 << 64)-1) DIV 1, ((1 << 64)-1) DIV 2
select _koi8r'a' = _koi8r'A' COLLATE koi8r_bin
select strcmp(_koi8r'a' COLLATE koi8r_bin, _koi8r'A')
select strcmp(_koi8r'a' COLLATE koi8r_general_ci, _koi8r'A' COLLATE koi8r_bin)
select _koi8r'a' LIKE _koi8r'A'
CREATE TABLE t1 (d varchar(6), k int)
select (12%0) <=> null      as '1'
select 12%NULL              as 'NULL'
select (12 mod 0) <=> null  as '1'
select 12 mod 2             as '0'
select mod(12.0, 0)         as 'NULL'
select mod(12, 0.0)         as 'NULL'
SELECT GREATEST(1,NULL) FROM DUAL
SELECT LEAST('xxx','aaa',NULL,'yyy') FROM DUAL
EXPLAIN EXTENDED SELECT NOT NOT strcmp('a','b')
CREATE TABLE t1 (\n  id INTEGER UNSIGNED NOT NULL AUTO_INCREMENT,\n   k INTEGER UNSIGNED DEFAULT '0' NOT NULL,\n   c CHAR(120) DEFAULT '' NOT NULL,\n   pad CHAR(60) DEFAULT '' NOT NULL,\n   PRIMARY KEY (id)\n) ENGINE=MyISAM
INSERT INTO t1 (k, c, pad) VALUES (10, 'a', 'xxx')
INSERT INTO t1 (k, c, pad) VALUES (14, 'a', 'xxx')
INSERT INTO t1 (k, c, pad) VALUES (16, 'a', 'xxx')
select date_format("1997-01-02 03:04:05", "%M %W %D %Y %y %m %d %h %i %s %w") as exp
select dayofmonth("1997-01-02"),dayofmonth(19970323)
select week("2000-01-01",0) as '2000', week("2001-01-01",0) as '2001', week("2002-01-01",0) as '2002',week("2003-01-01",0) as '2003', week("2004-01-01",0) as '2004', week("2005-01-01",0) as '2005', week("2006-01-01",0) as '2006'
select week("2000-01-06",0) as '2000', week("2001-01-06",0) as '2001', week("2002-01-06",0) as '2002',week("2003-01-06",0) as '2003', week("2004-01-06",0) as '2004', week("2005-01-06",0) as '2005', week("2006-01-06",0) as '2006'
select yearweek("2000-01-06",0) as '2000', yearweek("2001-01-06",0) as '2001', yearweek("2002-01-06",0) as '2002',yearweek("2003-01-06",0) as '2003', yearweek("2004-01-06",0) as '2004', yearweek("2005-01-06",0) as '2005', yearweek("2006-01-06",0) as '2006'
select week(19981231,0) as '0', week(19981231,1) as '1', week(19981231,2) as '2', week(19981231,3) as '3', week(19981231,4) as '4', week(19981231,5) as '5', week(19981231,6) as '6', week(19981231,7) as '7'
select week(20001231,0) as '0', week(20001231,1) as '1', week(20001231,2) as '2', week(20001231,3) as '3', week(20001231,4) as '4', week(20001231,5) as '5', week(20001231,6) as '6', week(20001231,7) as '7'
set default_week_format = 0
select dayname("1962-03-03"),dayname("1962-03-03")+0
select monthname("1972-03-04"),monthname("1972-03-04")+0
select time_format(000000,'%H|%I|%k|%l|%i|%p|%r|%S|%T'),date_format(19980131000000,'%H|%I|%k|%l|%i|%p|%r|%S|%T')
select time_format(010203,'%H|%I|%k|%l|%i|%p|%r|%S|%T'),date_format(19980131010203,'%H|%I|%k|%l|%i|%p|%r|%S|%T')
select date_add("1997-12-31 23:59:59",INTERVAL 1 HOUR)
select date_add("1997-12-31 23:59:59",INTERVAL "1:1" MINUTE_SECOND)
select date_sub("1998-01-01 00:00:00",INTERVAL 1 MINUTE)
select date_sub("1998-01-01 00:00:00",INTERVAL 1 HOUR)
select date_add('1998-01-30',Interval '2:1' year_month)
select date_add('1996-02-29',Interval '1' year)
select extract(YEAR_MONTH FROM "1999-01-02")
select extract(DAY_MINUTE FROM "02 10:11:12")
select extract(DAY_SECOND FROM "225 10:11:12")
select extract(HOUR_MINUTE FROM "10:11:12")
SELECT EXTRACT(QUARTER FROM '2004-01-15') AS quarter
SELECT EXTRACT(QUARTER FROM '2004-03-15') AS quarter
SELECT EXTRACT(QUARTER FROM '2004-06-15') AS quarter
SELECT EXTRACT(QUARTER FROM '2004-09-15') AS quarter
SELECT EXTRACT(QUARTER FROM '2004-10-15') AS quarter
SELECT "1900-01-01 00:00:00" + INTERVAL "1:2147483647" MINUTE_SECOND
SELECT "1900-01-01 00:00:00" + INTERVAL 1<<30 HOUR
create table t1 (ctime varchar(20))
select ctime, hour(ctime) from t1
CREATE TABLE t3 (ctime1 char(19) NOT NULL, ctime2 char(19) NOT NULL)
select * from t1, t3 where t1.start between t3.ctime1 and t3.ctime2
select unix_timestamp(@a)
select unix_timestamp(from_unixtime(2147483648))
select unix_timestamp('1969-11-20 01:00:00')
select unix_timestamp('2038-01-20 01:00:00')
select unix_timestamp('1969-12-30 01:00:00')
select date_add(date,INTERVAL "1:1" HOUR_MINUTE) from t1
select timestampdiff(MONTH, '2000-03-28', '2000-02-29') as a
select timestampdiff(SQL_TSI_WEEK, '2001-02-01', '2001-05-01') as a
select timestampdiff(SQL_TSI_SECOND, '2001-02-01 12:59:59', '2001-05-01 12:58:58') as a
SELECT TIMESTAMPDIFF(day,'2006-01-10 14:30:28','2006-01-11 14:30:27')
SELECT TIMESTAMPDIFF(day,'2006-01-10 14:30:28','2006-01-11 14:30:28')
SELECT TIMESTAMPDIFF(day,'2006-01-10 14:30:28','2006-01-12 14:30:27')
SELECT TIMESTAMPDIFF(month,'2006-01-10 14:30:28','2006-03-10 14:30:27')
SET @TMP='2007-08-01 12:22:49'
CREATE TABLE t1 (d DATETIME)
INSERT INTO t1 VALUES ('2007-08-01 12:23:20')
select f2 from t1 where f2 between cast("12:1:2" as time) and cast("12:2:2" as time)
select f2 from t1 where time(f2) between cast("12:1:2" as time) and cast("12:2:2" as time)
select f3 from t1 where f3 between cast("2006-1-1 12:1:1" as datetime) and cast("2006-1-1 12:1:2" as datetime)
select f3 from t1 where timestamp(f3) between cast("2006-1-1 12:1:1" as datetime) and cast("2006-1-1 12:1:2" as datetime)
select f1 from t1 where makedate(2006,1) between date(f1) and date(f3)
SELECT ADDTIME(20010101,1e0), ADDTIME(20010101,1.1e0)
SELECT MAKETIME(4294967296, 0, 0)
SELECT SEC_TO_TIME(CAST(-1 AS UNSIGNED))
SET TIMESTAMP=UNIX_TIMESTAMP('2001-01-01 11:22:33')
select isnull(week(now() + 0)), isnull(week(now() + 0.2)),\n  week(20061108), week(20061108.01), week(20061108085411.000002)
create table t1 (a timestamp default '2005-05-05 01:01:01',\n                 b timestamp default '2005-05-05 01:01:01')
insert into t1 select sysdate(), sleep(2), sysdate() from dual
call t_sysdate()
select str_to_date('10:00 PM', '%h:%i %p') + INTERVAL 10 MINUTE
select * from t1 where field = '2006-11-06 04:08:36.0'
SELECT t1, t2, SEC_TO_TIME( TIME_TO_SEC( t2 ) - TIME_TO_SEC( t1 ) ), QUARTER(d)\n  FROM t1 ORDER BY a DESC
SET TIMESTAMP=-147490000
SET TIMESTAMP=2147483647
SET TIMESTAMP=-1
SET TIMESTAMP=1
select date_sub("0200-01-01 00:00:01",INTERVAL 2 SECOND)
CREATE TABLE t1(a DOUBLE NOT NULL)
SELECT DATE_FORMAT('0000-00-11', '%w')
DO WEEK((DATE_ADD((CAST(0 AS DATE)), INTERVAL 1 YEAR_MONTH)), 5)
SELECT * FROM t1 WHERE date_date >= subtime(now(), "00:30:00")
SELECT MONTHNAME(0), MONTHNAME(0) IS NULL, MONTHNAME(0) + 1
CREATE TABLE t1 (a DATETIME NOT NULL)
INSERT INTO t1 VALUES ('2009-09-20 07:32:39.06')
SELECT UNIX_TIMESTAMP('2015-06-00')
SELECT UNIX_TIMESTAMP(STR_TO_DATE('0000-00-00 10:30:30', '%Y-%m-%d %h:%i:%s')) as exp
set sql_mode= 'TRADITIONAL'
select time('10:10:10') > 101010
select time(' 1 02:03:04') - interval 9 microsecond
select time(' 1 02:03:04') - interval '4:4:4' hour_second
select cast('2010-01-02 03:04:05' as datetime) between null and '2010-01-02 03:04:04' as exp
select extract(month from '2010-40-50')
select cast(str_to_date(NULL, '%H:%i:%s') as time)
insert into t1 values ('0000-00-00 00:00:00')
select * from t1 where f1 > f1 and f1 <=> timestampadd(hour, 9 , '2010-01-01 16:55:35')
select timestampadd(week, 1, f1) from t1
select timestampadd(week, 1, date("0000-00-00"))
SELECT 1 FROM DUAL WHERE MINUTE(TIMEDIFF(NULL, '12:12:12'))
SELECT 1 FROM DUAL WHERE SECOND(TIMEDIFF(NULL, '12:12:12'))
INSERT INTO t1 VALUES ('2005-05-04'),('2000-02-23')
CREATE TABLE t1 AS SELECT\n  STR_TO_DATE('2001-01-01', '%Y-%m-%d') AS date_only,\n  STR_TO_DATE('10:10:10', '%H:%i:%s') AS time_only,\n  STR_TO_DATE('10:10:10.123', '%H:%i:%s.%f') AS time_microsecond,\n  STR_TO_DATE('2001-01-01 10:10:10', '%Y-%m-%d %H:%i:%s') AS date_time,\n  STR_TO_DATE('2001-01-01 10:10:10.123', '%Y-%m-%d %H:%i:%s.%f') AS date_time_microsecond
SELECT * FROM t1 GROUP BY (-FROM_UNIXTIME(concat(a,'10')))*1
SELECT * FROM t1 GROUP BY (-FROM_UNIXTIME(concat(a,'10')))
SELECT a, FROM_UNIXTIME(CONCAT(a,'10')) AS f1, FROM_UNIXTIME(CONCAT(a,'10'))+0 AS f2 FROM t1
SELECT UNIX_TIMESTAMP(STR_TO_DATE('2020','%Y'))
SELECT CAST(COALESCE(a,a) AS SIGNED) AS c1, CAST(COALESCE(a,a) AS DECIMAL(25,3)) AS c2, ROUND(COALESCE(a,a)) AS c2  FROM t1
SELECT MAKETIME(0, 0, 59.9)
SET TIMESTAMP=UNIX_TIMESTAMP('1970-01-02 03:04:05.123456')
SELECT TIMESTAMP('2012-10-16 15:54:16.12')
SELECT TIMEDIFF('10:10:10.1','00:00:00')
SELECT ADDTIME(TIME('10:10:10.1'),'10:10:10.12')
SELECT DATE_ADD('2001-01-01 00:00:00', INTERVAL 1 SECOND)
SELECT DATE_ADD('2001-01-01 00:00:00.12', INTERVAL 1 SECOND)
SELECT DATE_ADD('2001-01-01 00:00:00', INTERVAL 1.1 SECOND)
SELECT DATE_ADD('2001-01-01 00:00:00', INTERVAL -1.1 SECOND)
SELECT DATE_ADD('2001-01-01 00:00:00', INTERVAL -1.123 SECOND)
SELECT DATE_ADD('2001-01-01 00:00:00', INTERVAL -1.1234 SECOND)
CREATE TABLE t1 AS SELECT\n  TIMESTAMP('2001-01-01','10:10:10'),\n  TIMESTAMP('2001-01-01','10:10:10.1'),\n  TIMESTAMP('2001-01-01','10:10:10.12'),\n  TIMESTAMP('2001-01-01','10:10:10.123'),\n  TIMESTAMP('2001-01-01','10:10:10.1234'),\n  TIMESTAMP('2001-01-01','10:10:10.12345'),\n  TIMESTAMP('2001-01-01','10:10:10.123456'),\n  TIMESTAMP('2001-01-01','10:10:10.1234567')
CREATE TABLE t1 AS SELECT\n  TIMESTAMP('00:00:00','10:10:10'),\n  TIMESTAMP(TIME('00:00:00'),'10:10:10')
SELECT HOUR(TIME('1 02:00:00')), HOUR(TIME('26:00:00'))
SELECT DATE_ADD('2011-01-02 12:13:14', INTERVAL 1 MINUTE)
INSERT INTO t1 VALUES ('2003-05-13 19:36:05'), ('2012-12-12 09:20:06')
SELECT IF(1,TIME'10:20:30',DATE'2001-01-01')
INSERT INTO t1 VALUES ('2008-12-05','22:34:09'),('2005-03-27','14:26:02')
SELECT EXTRACT(DAY_MINUTE FROM GREATEST(t,d)), GREATEST(t,d) FROM t1
INSERT INTO t1 VALUES (14, '2009-10-23')
INSERT INTO t1 VALUES (17, NULL)
SET sql_mode='NO_ZERO_IN_DATE'
SELECT MAKETIME(a,0,0) FROM t1
SELECT MAKETIME(900,0,0.1)
SELECT MAKETIME(900,0,EXP(1))
SELECT MAKETIME(-900,0,0.1)
SELECT MAKETIME(-900,0,0.11111)
SELECT MAKETIME(-900,0,0.111111)
SELECT MAKETIME(-900,0,0.11111111)
SELECT ADDDATE(DATE'0000-01-01', INTERVAL '3652423:23:59:59' DAY_SECOND) as exp
INSERT INTO t1 VALUES ('1999-12-31 23:59:59.999999')
SELECT TIME_FORMAT('23:59:43', BINARY d) AS f FROM t1 GROUP BY 'foo'
SELECT DATE_FORMAT(100000000000, '%j')
CREATE TABLE t1 (pk int  default 0, a1 date)
SELECT a1 BETWEEN (('2018-08-24')) AND (DEFAULT(pk)) FROM v1
INSERT INTO t2 VALUES ('10:20:31')
CREATE TABLE t1 AS SELECT TO_SECONDS('9999-12-31 23:59:59')
SELECT FROM_DAYS(ROW(1,1))
SELECT MAKEDATE(ROW(1,1),1)
SELECT TIMEDIFF(ROW(1,1),1)
SELECT TIMEDIFF(1, ROW(1,1))
SET TIMESTAMP=UNIX_TIMESTAMP('2018-02-17 01:02:03')
SELECT\n  IFNULL(TIME'800:00:00', NOW()) AS c,\n  HOUR(IFNULL(TIME'800:00:00', NOW())) AS hc
CREATE TABLE t_ts   (a timestamp(6))
SET @@session.slow_query_log= ON
SELECT a FROM t_ts   LIMIT 1 into @ts_func
SET @@session.slow_query_log= OFF
SELECT\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959)) AS c0,\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959.0)) AS c1,\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959.00)) AS c2,\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959.000)) AS c3,\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959.0000)) AS c4,\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959.00000)) AS c5,\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959.000000)) AS c6,\n  MICROSECOND(ADDTIME(TIME'00:00:00', 8395959.0000000)) AS c7
SELECT\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS SIGNED) AS ci,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,0)) AS c0,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,1)) AS c1,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,2)) AS c2,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,3)) AS c3,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,4)) AS c4,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,5)) AS c5,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,6)) AS c6,\n  CAST(ADDTIME(TIME'00:00:00', 8395959) AS DECIMAL(30,7)) AS c7
SELECT\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59')) AS c0,\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59.0')) AS c1,\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59.00')) AS c2,\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59.000')) AS c3,\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59.0000')) AS c4,\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59.00000')) AS c5,\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59.000000')) AS c6,\n  MICROSECOND(ADDTIME(TIME'00:00:00', '839:59:59.0000000')) AS c7
SELECT\n  ADDTIME(TIME'00:00:00', '839:59:59') AS ci,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0 AS c0,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0.0 AS c1,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0.00 AS c2,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0.000 AS c3,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0.0000 AS c4,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0.00000 AS c5,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0.000000 AS c6,\n  ADDTIME(TIME'00:00:00', '839:59:59')+0.0000000 AS c7
SELECT\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS SIGNED) AS ci,\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS DECIMAL(30,0)) AS c0,\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS DECIMAL(30,1)) AS c1,\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS DECIMAL(30,2)) AS c2,\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS DECIMAL(30,3)) AS c3,\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS DECIMAL(30,4)) AS c4,\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS DECIMAL(30,5)) AS c5,\n  CAST(TIMESTAMP('2001-01-01', '839:59:59') AS DECIMAL(30,6)) AS c6
INSERT INTO t1 VALUES ('4294967296:00:00', '178956970 16:00:00')
INSERT INTO t1 VALUES ('-87649416:00:00', '-3652059 00:00:00')
INSERT INTO t1 VALUES ('-87649415:59:59.999999', '-3652058 23:59:59.999999')
SELECT\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59') AS ci,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0 AS c0,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0.0 AS c1,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0.00 AS c2,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0.000 AS c3,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0.0000 AS c4,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0.00000 AS c5,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0.000000 AS c6,\n  ADDTIME(TIMESTAMP'2001-01-01 00:00:00', '4294967295:59:59')+0.0000000 AS c7
SELECT\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959) AS ci,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0 AS c0,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0.0 AS c1,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0.00 AS c2,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0.000 AS c3,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0.0000 AS c4,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0.00000 AS c5,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0.000000 AS c6,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', 876494155959)+0.0000000 AS c7
SELECT\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59') AS ci,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0 AS c0,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0.0 AS c1,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0.00 AS c2,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0.000 AS c3,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0.0000 AS c4,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0.00000 AS c5,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0.000000 AS c6,\n  ADDTIME(TIMESTAMP'0001-01-01 00:00:00', '87649415:59:59')+0.0000000 AS c7
SELECT\n  ADDTIME(TIME'00:00:00', 42949672955959) AS ci,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0 AS c0,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0.0 AS c1,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0.00 AS c2,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0.000 AS c3,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0.0000 AS c4,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0.00000 AS c5,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0.000000 AS c6,\n  ADDTIME(TIME'00:00:00', 42949672955959)+0.0000000 AS c7
SELECT\n  ADDTIME(TIME'-838:59:59', '87649416:59:59') AS ci,\n  ADDTIME(TIME'-838:59:59.9', '87649416:59:59') AS c1,\n  ADDTIME(TIME'-838:59:59.99', '87649416:59:59') AS c2,\n  ADDTIME(TIME'-838:59:59.999', '87649416:59:59') AS c3,\n  ADDTIME(TIME'-838:59:59.9999', '87649416:59:59') AS c4,\n  ADDTIME(TIME'-838:59:59.99999', '87649416:59:59') AS c5,\n  ADDTIME(TIME'-838:59:59.999999', '87649416:59:59') AS c6
SELECT\n  ADDTIME(TIME'00:00:00', '87649415:59:59') AS ci,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0 AS c0,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0.0 AS c1,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0.00 AS c2,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0.000 AS c3,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0.0000 AS c4,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0.00000 AS c5,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0.000000 AS c6,\n  ADDTIME(TIME'00:00:00', '87649415:59:59')+0.0000000 AS c7
SELECT TIME('0001:01:01x'), TIME('0001:01:01xx')
SELECT TIME('0001:01:01.'), TIME('0001:01:01..')
SELECT\n  CAST('20050326112233 garbage' as datetime),\n  CAST('20050326 garbage' as date),\n  CAST('50326 garbage' as time)
SELECT CONCAT(MAKETIME('01', '01', LEAST( -100, NULL )))
SELECT DATE_SUB('2022-07-21 00:00:00', INTERVAL 800 HOUR) AS expected_result
SET @@timestamp= DEFAULT
select cast(c1 as time), cast(c2 as time) from t1
select @a + interval 10 microsecond
select @a + interval 10 microsecond + interval 999990 microsecond
create table t1 (a varchar(200))
alter table t1 modify f1 varchar(100)
INSERT INTO t1 VALUES (COALESCE(CURRENT_TIMESTAMP(6)))
SELECT GREATEST(TIME'00:00:00', 0.0000005)
SELECT EXTRACT(MINUTE FROM a), CAST(a AS TIME(6)), a FROM t1_datetime_in_varchar ORDER BY id
SELECT SECOND(a), CAST(a AS TIME(6)), a FROM t1_datetime_in_decimal ORDER BY id
SELECT\n  EXTRACT(DAY FROM a),\n  EXTRACT(HOUR FROM a),\n  EXTRACT(MINUTE FROM a),\n  EXTRACT(SECOND FROM a),\n  EXTRACT(MICROSECOND FROM a),\n  CAST(a AS INTERVAL DAY_SECOND(6)),\n  a\nFROM t1_time_in_varchar ORDER BY id
CREATE TABLE t1 (a DECIMAL(32,9))
INSERT INTO t1 VALUES\n(20020105235959),\n(20020105235959.999999),\n(20020105235959.9999999)
SELECT MONTHNAME(a), CAST(a AS DATE), a FROM t1_datetime_in_decimal ORDER BY id
SELECT YEARWEEK(a), CAST(a AS DATE), a FROM t1_datetime_in_decimal ORDER BY id
SELECT ADDTIME(t1.a, t2.a), t1.a, t2.a FROM t1,t2 ORDER BY t1.a, t2.a
SELECT TIMEDIFF(t1.a, t2.a), t1.a, t2.a FROM t1,t2 ORDER BY t1.a, t2.a
select hex(weight_string('a' as char(1)))
select hex(weight_string('ab' level 1-1 DESC))
select coercibility(weight_string('test'))
create view v1 as select weight_string("MySQL" as char(4))
update t1 set i = 2
create trigger tr1 before update on t1 for each row set @new:=new.t
create table t1 (\n  a int,\n  b timestamp default '2010-10-10 10:10:10' on update now(),\n  c varchar(100) default 'x')
CREATE TABLE t1 (current INT, diagnostics INT, number INT, returned_sqlstate INT)
SELECT `current`, `number` FROM t1 WHERE `current` = 1 AND `number` = 3
GET DIAGNOSTICS @var1 = NUMBER, @var2
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE var CONDITION FOR SQLSTATE '12345';\n  GET DIAGNOSTICS var = NUMBER;\nEND
GET DIAGNOSTICS @var = ROW_COUNT
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE var INT;\n  GET DIAGNOSTICS CONDITION 1 var;\nEND
GET DIAGNOSTICS CONDITION 1 @var =
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE var CONDITION FOR SQLSTATE '12345';\n  GET DIAGNOSTICS CONDITION 1 var = NUMBER;\nEND
GET DIAGNOSTICS CONDITION ? @var = CLASS_ORIGIN
GET DIAGNOSTICS CONDITION (1) @var = CLASS_ORIGIN
GET DIAGNOSTICS CONDITION 9999 @var = CLASS_ORIGIN
GET DIAGNOSTICS CONDITION a @var = CLASS_ORIGIN
SET @cond = 1
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cond INT DEFAULT 1;\n  DECLARE var INT;\n  GET DIAGNOSTICS CONDITION cond var = CLASS_ORIGIN;\nEND
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cond TEXT;\n  DECLARE var INT;\n  GET DIAGNOSTICS CONDITION cond var = CLASS_ORIGIN;\nEND
PREPARE stmt FROM "GET DIAGNOSTICS CONDITION 1 @var = CLASS_ORIGIN"
GET DIAGNOSTICS CONDITION 1\n  @class_origin = CLASS_ORIGIN,\n  @subclass_origin = SUBCLASS_ORIGIN,\n  @constraint_catalog = CONSTRAINT_CATALOG,\n  @constraint_schema = CONSTRAINT_SCHEMA,\n  @constraint_name = CONSTRAINT_NAME,\n  @catalog_name = CATALOG_NAME,\n  @schema_name = SCHEMA_NAME,\n  @table_name = TABLE_NAME,\n  @column_name = COLUMN_NAME,\n  @cursor_name = CURSOR_NAME,\n  @message_text = MESSAGE_TEXT,\n  @mysql_errno = MYSQL_ERRNO,\n  @returned_sqlstate = RETURNED_SQLSTATE
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE errno INT DEFAULT 0;\n  DECLARE msg TEXT DEFAULT "foo";\n  DECLARE cond CONDITION FOR SQLSTATE "01234";\n  DECLARE CONTINUE HANDLER for 1012\n  BEGIN\n    GET DIAGNOSTICS CONDITION 1 errno = MYSQL_ERRNO, msg = MESSAGE_TEXT;\n  END;\n\n  SIGNAL cond SET MESSAGE_TEXT = "Signal message", MYSQL_ERRNO = 1012;\n\n  SELECT errno, msg;\nEND
GET DIAGNOSTICS CONDITION 1\n  @mysql_errno = MYSQL_ERRNO, @message_text = MESSAGE_TEXT,\n  @returned_sqlstate = RETURNED_SQLSTATE, @class_origin = CLASS_ORIGIN
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cond CONDITION FOR SQLSTATE '12345';\n  SIGNAL cond SET\n    CLASS_ORIGIN = 'CLASS_ORIGIN text',\n    SUBCLASS_ORIGIN = 'SUBCLASS_ORIGIN text',\n    CONSTRAINT_CATALOG = 'CONSTRAINT_CATALOG text',\n    CONSTRAINT_SCHEMA = 'CONSTRAINT_SCHEMA text',\n    CONSTRAINT_NAME = 'CONSTRAINT_NAME text',\n    CATALOG_NAME = 'CATALOG_NAME text',\n    SCHEMA_NAME = 'SCHEMA_NAME text',\n    TABLE_NAME = 'TABLE_NAME text',\n    COLUMN_NAME = 'COLUMN_NAME text',\n    CURSOR_NAME = 'CURSOR_NAME text',\n    MESSAGE_TEXT = 'MESSAGE_TEXT text',\n    MYSQL_ERRNO = 54321;\nEND
SET @var1 = 9999
SELECT @var1
GET DIAGNOSTICS @var1 = ROW_COUNT
SHOW STATUS LIKE 'Com%get_diagnostics'
CREATE TABLE t1 (a CHAR(1)) VALUES ('a'),('b'),('foo')
GET DIAGNOSTICS CONDITION 1 @var3= ROW_NUMBER
SELECT @var5, @var6
GET DIAGNOSTICS CONDITION 1 @var9= ROW_NUMBER
GET DIAGNOSTICS CONDITION 2 @var10= ROW_NUMBER
GET DIAGNOSTICS CONDITION 2 @var12= ROW_NUMBER
GET DIAGNOSTICS CONDITION 2 @var14= ROW_NUMBER
INSERT IGNORE INTO t1 VALUES (5,'e',1.00105),(6,'f',1.79769313486232e+308)
GET DIAGNOSTICS CONDITION 2 @var24= ROW_NUMBER
INSERT IGNORE INTO t1 VALUES (11,11,11),(12,12,(13,'m',1.0113))
SELECT @var27, @var28
GET DIAGNOSTICS CONDITION 1 @var29= ROW_NUMBER
GET DIAGNOSTICS CONDITION 3 @var31= ROW_NUMBER
SELECT @var29, @var30, @var31, @var32
INSERT INTO t1 SET id1=2, val1='b', d1=1.00102
SELECT @var33, @var34
INSERT INTO t1 SET id1=6, val1='f', d1=1.79769313486232e+308)
INSERT INTO t1 SET id1='x', val1='foo', d1=1.0203
GET DIAGNOSTICS CONDITION 1 @var47= ROW_NUMBER
SELECT @var49, @var50
INSERT INTO t1 VALUES (3, CAST(123 AS CHAR(1)), 1.00103)\nON DUPLICATE KEY UPDATE val1='c'
SELECT @var51, @var52
INSERT INTO t1 VALUES (10,10,10),('x','foo',1.0203)\nON DUPLICATE KEY UPDATE val1='c'
SELECT @var55, @var56
SELECT @var60, @var61
INSERT INTO t1 SELECT id2, val2 FROM t2
GET DIAGNOSTICS CONDITION 2 @var67= ROW_NUMBER
INSERT INTO t1 SELECT id2, CAST(123 AS CHAR(1)), d2 FROM t2 WHERE id2=4
GET DIAGNOSTICS CONDITION 1 @var68= ROW_NUMBER
GET DIAGNOSTICS CONDITION 2 @var69= ROW_NUMBER
INSERT INTO t1 SELECT id2, val2, 1.79769313486232e+308 FROM t2
SELECT @var70, @var71
INSERT INTO t1 SELECT id2/0, val2, d2 FROM t2
REPLACE INTO t1 VALUES (8,8,8),(9,CAST(123 AS CHAR(1)),1.00109)
REPLACE INTO t1 VALUES (11,11,11),(12,12,(13,'m',1.0113))
SELECT @var87, @var88
GET DIAGNOSTICS CONDITION 1 @var89= ROW_NUMBER
GET DIAGNOSTICS CONDITION 3 @var91= ROW_NUMBER
REPLACE INTO t1 SET id1=2, val1='b', d1=1.00102
REPLACE INTO t1 SET id1=6, val1='f', d1=1.79769313486232e+308)
SELECT @var99, @var100, @var101, @var102
SELECT @var105, @var106
SELECT @var107, @var108
GET DIAGNOSTICS CONDITION 1 @var109= ROW_NUMBER
SELECT @var111, @var112
PREPARE stmt1 FROM "GET DIAGNOSTICS CONDITION 2 @var117= ROW_NUMBER"
INSERT INTO t1(id1, id1) VALUES (1,1)
GET DIAGNOSTICS CONDITION 1 @var119= ROW_NUMBER
GET DIAGNOSTICS CONDITION 1 @var120= ROW_NUMBER
GET DIAGNOSTICS CONDITION 1 @var122= ROW_NUMBER
SELECT @var124
REPLACE INTO t1 VALUES (1), (f2())
GET DIAGNOSTICS CONDITION 1 @var125= ROW_NUMBER
SELECT @var127
CREATE OR REPLACE TABLE t1 (pk INT PRIMARY KEY)
SET @num=null, @msg=null
CREATE PROCEDURE sp(a INT) INSERT INTO t1 VALUES (2),(a)
GET DIAGNOSTICS CONDITION 5 @ind = ROW_NUMBER, @msg = MESSAGE_TEXT
GET DIAGNOSTICS CONDITION 2 @rnum = ROW_NUMBER, @msg = MESSAGE_TEXT, @err = MYSQL_ERRNO
INSERT INTO t VALUES ('val1'),('val2'),('100'),('val4')
CREATE TABLE t1 (val1 CHAR(5))
ALTER TABLE t1 MODIFY a POLYGON, ALGORITHM=INPLACE
SELECT (POINT(1,1),0) IN ((POINT(1,1),0),((POINT(1,1)),1))
SELECT AsText(CAST('POINT(0 0)' AS GEOMETRY))
select st_asgeojson(geomfromtext('MULTIPOLYGON(((10 10,20 10,20 20,10 20,10 10)))')) as exp
SELECT st_astext(st_geomfromgeojson('{"type":"LineString","coordinates":[[1,2],[4,5],[7,8]]}')) as exp
SELECT st_astext(st_geomfromgeojson('{ "type": "FeatureCollection", "features": [{ "type": "Feature", "geometry": { "type": "Point", "coordinates": [102.0, 0.5] }, "properties": { "prop0": "value0" } }]}')) as exp
SELECT ST_AsText(ST_GeomFromGeoJSON('{ "type": "Point", "coordinates": [5.3, 15.0, 4.3]}',1)) as exp
SELECT ST_AsGeoJSON(ST_GeomFromText("POINT(10 11)"), 100, 5)
SELECT st_astext(st_geomfromgeojson('{"type": "MultiPolygon","coordinates": []}')) as a
SET @geom := '{"type":"Point","coordinates":[1,2]}'
SET @doc := CONCAT(\n  REPEAT('{"x":', 30),\n  @geom,\n  REPEAT('}', 30)\n)
SELECT ST_ASTEXT(ST_GEOMFROMGEOJSON('{"coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"type":"Polygon"}')) as expr
select astext(g) from t1 where ST_Intersects(GeomFromText('POLYGON((5 1, 7 1, 7 7, 5 7, 3 3, 5 3, 5 1))'), g)
select 0, ST_Within(GeomFromText('LINESTRING(15 15, 50 50, 60 60)'), GeomFromText('POLYGON((10 10,30 20,20 40, 10 10))')) as result
select ST_contains(GeomFromText('MULTIPOLYGON(((0 0, 0 5, 5 5, 5 0, 0 0)), ((6 6, 6 11, 11 11, 11 6, 6 6)))'), GeomFromText('POINT(5 10)')) as result
select ST_Overlaps(GeomFromText('POLYGON((0 0, 0 5, 5 5, 5 0, 0 0))'), GeomFromText('POLYGON((1 1, 1 4, 4 4, 4 1, 1 1))')) as result
select ST_DISTANCE(geomfromtext('polygon((0 0, 1 2, 2 1, 0 0))'), geomfromtext('linestring(0 1, 1 0)')) as result
select ST_DISTANCE(geomfromtext('polygon((0 0, 3 6, 6 3, 0 0))'), geomfromtext('polygon((2 2, 3 4, 4 3, 2 2))')) as result
select ST_DISTANCE(geomfromtext('linestring(0 0, 3 6, 6 3, 0 0)'), geomfromtext('polygon((2 2, 3 4, 4 3, 2 2))')) as result
select astext(ST_Intersection(GeomFromText('POLYGON((0 0, 50 45, 40 50, 0 0))'), GeomFromText('POINT(20 20)'))) as result
select astext(geom), area(geom),round(area(ST_buffer(geom,2)), 7) from t1
select st_touches(geomfromtext('point(0 0)'), geomfromtext('point(1 1)')) as result
select st_touches(geomfromtext('polygon((0 0, 2 2, 0 4, 0 0))'), geomfromtext('point(1 2)')) as result
SELECT ASTEXT(ST_UNION(GEOMFROMTEXT('POLYGON((525000 183300,525400\n183300,525400 18370, 525000 183700,525000 183300))'),\ngeomfromtext('POLYGON((525298.67 183511.53,525296.57\n183510.39,525296.42 183510.31,525289.11 183506.62,525283.17\n183503.47,525280.98 183502.26,525278.63 183500.97,525278.39\n183500.84,525276.79 183500,525260.7 183491.55,525263.95\n183484.75,525265.58 183481.95,525278.97 183488.73,525276.5\n183493.45,525275.5 183495.7,525280.35 183498.2,525282.3\n183499.1,525282.2 183499.3,525283.55 183500,525301.75\n183509.35,525304.45 183504.25,525307.85 183504.95,525304.5\n183510.83,525302.81 183513.8,525298.67 183511.53),(525275.06\n183489.89,525272.06 183488.37,525268.94 183494.51,525271.94\n183496.03,525275.06 183489.89),(525263.26 183491.55,525266.15\n183493.04,525269.88 183485.82,525266.99 183484.33,525263.26\n183491.55))'))) st_u
SELECT astext(ST_UNION (\n        PolyFromText('POLYGON(( 2 2 ,3 2,2 7,2 2),( 0 0,8 2,1 9,0 0))'),\n        ExteriorRing( Envelope( MultiLineStringFromText('MULTILINESTRING((3 4,5 3),(3 0,0 5))'))))) as result
SELECT ASTEXT(ST_INTERSECTION(\n  MULTIPOLYGONFROMTEXT('MULTIPOLYGON(((2 2,2 8,8 8,8 2,2 2),(4 4,4 6,6 6,6 4,4 4)),\n                        ((0 5,3 5,3 0,0 0,0 1,2 1,2 2,0 2,0 5), (1 3,2 3,2 4,1 4,1 3)),\n                        ((2 2,5 2,4 4,2 8,2 2)))'),\n  MULTIPOLYGONFROMTEXT('MULTIPOLYGON(((3 5,2 4,2 5,3 5)),\n                        ((2 2,9 2,0 2,2 6,2 2)),\n                        ((2 2,2 8,8 8,8 2,2 2), (4 4,4 6,6 6,6 4,4 4)),\n                        ((9 9,6 8,7 0,9 9)))'))) as result
SELECT ST_NUMGEOMETRIES(ST_UNION (\n        MULTILINESTRINGFROMTEXT( ' MULTILINESTRING( ( 0 8 , 1 9 , 5 7 , 2 8 , 5 8 , 6 7 ) , ( 4 5 , 8 4 , 0 3 , 5 1 ) , ( 6 8 , 2 7 , 1 6 , 9 9 , 7 2 ) , ( 9 5 , 2 8 , 1 2 , 9 6 , 2 0 ) ) ' ) ,\n        MULTIPOLYGONFROMTEXT( ' MULTIPOLYGON( ( ( 7 7 , 2 7, 6 8, 7 1 , 7 7 ) ) ) ' )\n)) as result
SELECT ST_CROSSES( GEOMETRYFROMTEXT(' POLYGON( (3 5, 2 4, 2 5, 3 5) ) ') , POLYGONFROMTEXT(' POLYGON((2 4,3 4,3 5,2 5,2 4)) ')) as result
SELECT ST_WITHIN( MULTIPOINTFROMTEXT(' MULTIPOINT( 2 9 , 2 9 , 4 9 , 9 1 ) ') , POLYGONFROMTEXT(' POLYGON( ( 2 2 , 2 8 , 8 8 , 8 2 , 2 2 ) , ( 4 4 , 4 6 , 6 6 , 6 4 , 4 4 ) ) ')) as result
SELECT ST_DISTANCE_SPHERE(1, 1, 3)
SELECT ST_DISTANCE_SPHERE(ST_GEOMFROMTEXT('POINT(1 0)'), ST_GEOMFROMTEXT('LINESTRING(0 0, 1 1)')) as result
SELECT ST_DISTANCE_SPHERE(ST_GEOMFROMTEXT('POINT(0 0)'), ST_GEOMFROMTEXT('POINT(1 1)')) as result
SELECT ST_DISTANCE_SPHERE(ST_GEOMFROMTEXT('POINT(0 0)'), ST_GEOMFROMTEXT('POINT(1 1)'), 0) as result
SELECT ST_DISTANCE_SPHERE(ST_GEOMFROMTEXT('MULTIPOINT(1 1)'), ST_GEOMFROMTEXT('POINT(0 0)')) as result
SELECT ST_DISTANCE_SPHERE(ST_GEOMFROMTEXT('POINT(0 0)'), ST_GEOMFROMTEXT('MULTIPOINT(1 1,2 2)'), 1) as result
set @pt1 = ST_GeomFromText('POINT(190 -30)')
set @zenica   = ST_GeomFromText('POINT(17.907743 44.203438)')
SELECT ST_CROSSES( ST_GEOMFROMTEXT('POLYGON ((59 18,67 18,67 13,59 13,59 18)) '), st_geomfromtext('polygon((2 2,2 4, 4 2,2 2))') ) a
SELECT ST_Crosses(ST_GeomFromText('MULTIPOINT(10 10)'),\n                  ST_GeomFromText('LINESTRING(0 0, 1 1)')) a
EXPLAIN SELECT fid, AsText(g) FROM t1 WHERE ST_Within(g, GeomFromText('Polygon((140 140,160 140,160 160,140 140))'))
SELECT fid, AsText(g) FROM t1 WHERE Within(g, GeomFromText('Polygon((140 140,160 140,160 160,140 160,140 140))'))
INSERT INTO t1 (c1) VALUES (\n  PolygonFromText('POLYGON((-18.6086111000 -66.9327777000,\n                            -18.6055555000 -66.8158332999,\n                            -18.7186111000 -66.8102777000,\n                            -18.7211111000 -66.9269443999,\n                            -18.6086111000 -66.9327777000))'))
INSERT INTO t1 (c1) VALUES (\n  PolygonFromText('POLYGON((-65.7402776999 -96.6686111000,\n                            -65.7372222000 -96.5516666000,\n                            -65.8502777000 -96.5461111000,\n                            -65.8527777000 -96.6627777000,\n                            -65.7402776999 -96.6686111000))'))
INSERT INTO t1 (foo) VALUES (POINT(1,1))
SET @@RAND_SEED1=159925977, @@RAND_SEED2=942570618
SET @@RAND_SEED1=178507359, @@RAND_SEED2=332493072
UPDATE t1 set spatial_point=GeomFromText('POINT(230 9)') where  c1 like 'y%'
UPDATE t1 set spatial_point=GeomFromText('POINT(95 35)') where  c1 like 'j%'
UPDATE t1 set spatial_point=GeomFromText('POINT(221 193)') where  c1 like 'u%'
UPDATE t1 set spatial_point=GeomFromText('POINT(195 205)') where  c1 like 'd%'
UPDATE t1 set spatial_point=GeomFromText('POINT(243 171)') where  c1 like 'c%'
UPDATE t1 set spatial_point=GeomFromText('POINT(96 183)') where  c1 like 'r%'
UPDATE t1 set spatial_point=GeomFromText('POINT(31 125)') where  c1 like 'e%'
SET @@RAND_SEED1=1072017234, @@RAND_SEED2=484203885
UPDATE t1 set spatial_point=GeomFromText('POINT(44 47)') where  c1 like 'g%'
UPDATE t1 set spatial_point=GeomFromText('POINT(248 41)') where  c1 like 'q%'
UPDATE t1 set spatial_point=GeomFromText('POINT(13 104)') where  c1 like 'u%'
UPDATE t1 set spatial_point=GeomFromText('POINT(147 57)') where  c1 like 't%'
UPDATE t1 set spatial_point=GeomFromText('POINT(217 144)') where  c1 like 'n%'
SET @@RAND_SEED1=866613816, @@RAND_SEED2=92289615
insert into t1 values (POINT(1.1517219314031e+164, 1.1818212630766e-125))
insert into t1 values (POINT(4.5767114681874e-246, 3.7537584144024e+255))
CREATE TABLE t1(foo GEOMETRY NOT NULL, SPATIAL INDEX(foo) )
INSERT INTO t1 VALUES (1, GEOMFROMTEXT('LINESTRING(1102218.456 1,2000000 2)'))
CREATE TABLE t1(a LINESTRING NOT NULL, SPATIAL KEY(a))
SELECT 1 FROM t1 WHERE a < GEOMFROMTEXT('LINESTRING(-1 -1, 1 -1, -1 -1, -1 1, 1 1)')
INSERT INTO t1 VALUES (GeomFromText('Polygon((40 40,60 40,60 60,40 60,40 40))'))
INSERT INTO t1 VALUES(GeomFromText('LINESTRING(1 1, 2 2)'))
SELECT COUNT(*) FROM t1 IGNORE INDEX(l) WHERE MBRContains(l, GEOMFROMTEXT('POINT(0 0)'))
SELECT COUNT(*) FROM t1 FORCE INDEX(l) WHERE MBRWithin(GEOMFROMTEXT('POINT(0.5 0.5)'), l)
EXPLAIN SELECT * FROM t1 WHERE CONTAINS(a,TIME'00:00:00')
CREATE TABLE gis_multi_polygon  (fid INTEGER NOT NULL PRIMARY KEY, g MULTIPOLYGON)
CREATE TABLE gis_geometrycollection  (fid INTEGER NOT NULL PRIMARY KEY, g GEOMETRYCOLLECTION)
CREATE TABLE gis_geometry (fid INTEGER NOT NULL PRIMARY KEY, g GEOMETRY)
SELECT fid, AsText(StartPoint(g)) FROM gis_line
SELECT fid, AsText(InteriorRingN(g, 1)) FROM gis_polygon
SELECT fid, Area(g) FROM gis_multi_polygon
explain extended SELECT g1.fid as first, g2.fid as second,\nWithin(g1.g, g2.g) as w, Contains(g1.g, g2.g) as c, Overlaps(g1.g, g2.g) as o,\nEquals(g1.g, g2.g) as e, Disjoint(g1.g, g2.g) as d, Touches(g1.g, g2.g) as t,\nIntersects(g1.g, g2.g) as i, Crosses(g1.g, g2.g) as r\nFROM gis_geometrycollection g1, gis_geometrycollection g2 ORDER BY first, second
DROP TABLE gis_point, gis_line, gis_polygon, gis_multi_point, gis_multi_line, gis_multi_polygon, gis_geometrycollection, gis_geometry
create table t1 (a geometry not null)
insert into t1 values\n(GeomFromText('POINT(1 1)')), (GeomFromText('POINT(3 3)')), \n(GeomFromText('POINT(4 4)')), (GeomFromText('POINT(6 6)'))
select AsText(a) from t1 where\n  MBRContains(GeomFromText('Polygon((0 0, 0 2, 2 2, 2 0, 0 0))'), a)\n  or\n  MBRContains(GeomFromText('Polygon((2 2, 2 5, 5 5, 5 2, 2 2))'), a)
CREATE TABLE t1 (Coordinates POINT NOT NULL, SPATIAL INDEX(Coordinates))
INSERT INTO t1 VALUES(GeomFromText('POINT(903994614 180726515)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(803302376 93039099)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(55789424 755830108)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(822615542 296669638)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(609104858 606565210)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(177213669 851312285)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(630993781 786764883)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(311430051 17033395)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(941513405 488643719)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(280062588 97529892)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(633750724 140850093)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(28914408 149445955)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(703867693 450501360)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(372120524 739530418)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(756176576 661205925)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(163302328 264496186)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(234313922 192216735)'))
INSERT INTO t1 VALUES(GeomFromText('POINT(367894677 368542487)'))
CREATE TABLE `t1` (`object_id` bigint(20) unsigned NOT NULL default '0', `geo`\ngeometry NOT NULL) ENGINE=MyISAM
select object_id, geometrytype(geo), ISSIMPLE(GEO), ASTEXT(centroid(geo)) from\nt1 where object_id=85998
insert into t1 values (pointfromtext('point(1,1)'))
select geomfromtext(col9,col89) as a from t1
create table t1(col1 geometry default null,col15 geometrycollection not\nnull,spatial index(col15),index(col1(15)))engine=myisam
create table t1(pt POINT)
INSERT INTO t1 VALUES("center", GeomFromText('POLYGON (( 0 0, 0 2, 2 2, 2 0, 0 0))'))
INSERT INTO t1 VALUES("small",  GeomFromText('POLYGON (( 0 0, 0 1, 1 1, 1 0, 0 0))'))
INSERT INTO t1 VALUES("big",    GeomFromText('POLYGON (( 0 0, 0 3, 3 3, 3 0, 0 0))'))
INSERT INTO t1 VALUES("up2",    GeomFromText('POLYGON (( 0 2, 0 4, 2 4, 2 2, 0 2))'))
INSERT INTO t1 VALUES("down3",  GeomFromText('POLYGON (( 0 -3, 0 -1, 2 -1, 2 -3, 0 -3))'))
INSERT INTO t1 VALUES("left2",  GeomFromText('POLYGON (( -2 0, -2 2,  0 2,  0 0, -2 0))'))
SELECT GROUP_CONCAT(a2.name ORDER BY a2.name) AS mbrcontains  FROM t1 a1 JOIN t1 a2 ON MBRContains(   a1.square, a2.square) WHERE a1.name = "center" GROUP BY a1.name
SELECT GROUP_CONCAT(a2.name ORDER BY a2.name) AS mbrdisjoint  FROM t1 a1 JOIN t1 a2 ON MBRDisjoint(   a1.square, a2.square) WHERE a1.name = "center" GROUP BY a1.name
SELECT GROUP_CONCAT(a2.name ORDER BY a2.name) AS mbrintersect FROM t1 a1 JOIN t1 a2 ON MBRIntersects( a1.square, a2.square) WHERE a1.name = "center" GROUP BY a1.name
SELECT GROUP_CONCAT(a2.name ORDER BY a2.name) AS disjoint     FROM t1 a1 JOIN t1 a2 ON Disjoint(      a1.square, a2.square) WHERE a1.name = "center" GROUP BY a1.name
SELECT GROUP_CONCAT(a2.name ORDER BY a2.name) AS within       FROM t1 a1 JOIN t1 a2 ON Within(        a1.square, a2.square) WHERE a1.name = "center" GROUP BY a1.name
SET @horiz1  = GeomFromText('POLYGON ((-2 0, 2 0, -2 0))')
SELECT Overlaps(@horiz1, @horiz2) FROM DUAL
select AsText(a) from (select f2 as a from t1 union select f3 from t1) t
create table t2 as select f2 as a from t1 union select f3 from t1
create table `t1` (`col002` point)engine=myisam
SET @a=0x00000000030000000100000000000000000000000000144000000000000014400000000000001840000000000000184000000000000014400000000000001440
insert into t1 values (geomfromtext("point(0 1)"))
CREATE TABLE t1(\n  col0 BINARY NOT NULL,\n  col2 TIMESTAMP,\n  SPATIAL INDEX i1 (col0)\n) ENGINE=MyISAM
select astext(0x0100000000030000000100000000000010)
select geometryn(0x0100000000070000000100000001030000000200000000000000ffff0000, 1) as exp
SELECT Area(AsBinary(MultiPoint(Point(0,9), Point(0,1), Point(2,2)))) as exp
CREATE TABLE bridges ( \n  fid INTEGER NOT NULL PRIMARY KEY, \n  name CHARACTER VARYING(64), \n  position POINT)
INSERT INTO road_segments VALUES(103, 'Route 5', 'Main Street', 4, \nLineFromText( \n'LINESTRING( 44 31, 56 34, 70 38 )' ,101))
INSERT INTO streams VALUES(112, NULL, \nLineFromText( \n'LINESTRING( 76 0, 78 4, 73 9 )', 101))
SELECT AsText(Envelope(boundary)) \nFROM named_places \nWHERE name = 'Goose Island'
SELECT ST_Contains(boundary, PointOnSurface(boundary)) \nFROM named_places \nWHERE name = 'Goose Island'
SELECT AsText(ExteriorRing(shore)) \nFROM lakes \nWHERE name = 'Blue Lake'
SELECT NumGeometries(centerlines) \nFROM divided_routes \nWHERE name = 'Route 75'
SELECT AsText(Centroid(shores)) \nFROM ponds \nWHERE fid = 120
SELECT ST_Within(footprint, boundary) \nFROM named_places, buildings \nWHERE named_places.name = 'Ashton' \nAND buildings.address = '215 Main Street'
SELECT ST_Intersects(road_segments.centerline, divided_routes.centerlines) as exp \nFROM road_segments, divided_routes \nWHERE road_segments.fid = 102 \nAND divided_routes.name = 'Route 75'
create table t1(a geometry not null)engine=myisam
select equals(`a`,left(`a`,23)) from `t1`
INSERT INTO g1 VALUES ('a'),('a')
CREATE VIEW v1 AS SELECT POINT(1,1) AS p
SELECT ASTEXT(p) FROM v1
set @@optimizer_use_condition_selectivity=3
create table t1(g GEOMETRY(9,4) REF_SYSTEM_ID=101, pt POINT(8,2), pg GEOMETRY REF_SYSTEM_ID=102)
CREATE TABLE t1 AS SELECT CONTAINS(NULL, NULL)
select SRID from information_schema.geometry_columns where F_TABLE_NAME='t1'
select ST_IsRing(NULL)
INSERT INTO t1 (g) VALUES (Point(1,0))
CREATE TABLE t1 (a TEXT, g GEOMETRY DEFAULT GeomFromText(a))
INSERT INTO t1 (x,y) VALUES (10,20)
INSERT INTO t1 (a,b) VALUES (Point(1,1), Point(2,2))
INSERT INTO t1 (a) VALUES (GeomFromText('POLYGON((10 10, 10 20, 20 20, 20 10, 10 10))'))
CREATE TABLE t1 (a GEOMETRY, b GEOMETRY DEFAULT BUFFER(a,10))
CREATE TABLE t1 (a GEOMETRY, b GEOMETRY DEFAULT ENVELOPE(a))
INSERT INTO t1 (a) VALUES (Point(0, 0))
INSERT INTO t1 (a) VALUES (Buffer(Point(1,1),1))
create table t1 (p point default "qwer")
CALL p1('CREATE TABLE t1 (a MEDIUMTEXT, b Point)')
CALL p1('CREATE TABLE t1 (a TINYINT, b Point)')
CALL p1('CREATE TABLE t1 (a DECIMAL(10,2), b Point)')
CALL p1('CREATE TABLE t1 (a BIT(8), b Point)')
CALL p1('CREATE TABLE t1 (a ENUM(0x61), b Point)')
CALL p1('CREATE TABLE t1 (a SET(0x61), b Point)')
CALL p1('CREATE TABLE t1 (a ENUM("a","b"), b Point, c Point)')
CALL p1('CREATE TABLE t1 (a TINYINT, b Point, c Point)')
CALL p1('CREATE TABLE t1 (a BIT(8), b Point, c Point)')
SELECT CEILING(POINT(1,1))
SELECT AVG(POINT(1,1)) FROM t1
SELECT VARIANCE(a) FROM t1
SELECT STDDEV(COALESCE(a)) FROM t1
SELECT CAST(a AS DATETIME) FROM t1
SELECT CAST(COALESCE(a) AS SIGNED) FROM t1
SELECT CAST(COALESCE(a) AS UNSIGNED) FROM t1
SELECT POINT(1,1) - 1
SELECT POINT(1,1) / 1
SELECT 1 * POINT(1,1)
SELECT 1 / a FROM t1
SELECT 1 MOD a FROM t1
SELECT 1 / COALESCE(a) FROM t1
SELECT 1 MOD COALESCE(a) FROM t1
SELECT POINT(1,1) - INTERVAL 10 DAY
SELECT ADDTIME(POINT(1,1), TIME'10:10:10')
SELECT ST_BUFFER(1, 1)
EXECUTE stmt USING 1,1
EXECUTE stmt USING POINT(1,1),POINT(1,1)
SELECT ST_GEOMETRYFROMWKB(ROW(1,1))
SELECT ST_ASWKB('test')
SELECT ST_AREA('test')
SELECT ST_LENGTH('test')
SELECT ST_DISTANCE(POINT(1,1), 1)
SELECT ST_ISRING(ROW(1,1))
SELECT ST_ISCLOSED(ROW(1,1))
SELECT ST_ISCLOSED('test')
SELECT ST_NUMGEOMETRIES(ROW(1,1))
SELECT ST_NUMGEOMETRIES(1)
SELECT ST_NUMPOINTS(1)
SELECT ST_SRID('test')
SELECT ST_RELATE(1, POINT(1,1), 'T*F**FFF*')
SELECT ST_RELATE(POINT(1,1), 1, 'T*F**FFF*')
SELECT ST_RELATE(Point(1,1),Point(1,1),1.0)
SELECT ST_RELATE(Point(1,1),Point(1,1),TIMESTAMP'2010-01-01 10:10:10')
SELECT ST_ASTEXT(1)
SELECT ST_TOUCHES(POINT(1,1), 'test')
SELECT MBRTOUCHES(POINT(1,1), ROW(1,1))
SELECT LOG10(POINT(1,1))
SELECT SQRT(POINT(1,1))
SELECT COT(POINT(1,1))
SELECT LOG(1, POINT(1,1))
SELECT RAND(POINT(1,1))
SELECT ASIN(ROW(1,1))
SELECT COS(ROW(1,1))
SELECT ATAN(ROW(1,1))
SELECT 1 | POINT(1,1)
SELECT 1 >> POINT(1,1)
SELECT TIMEDIFF(1, POINT(1,1))
SELECT FROM_UNIXTIME(POINT(1,1))
SELECT UNCOMPRESSED_LENGTH(POINT(1,1))
SELECT BENCHMARK(POINT(1,1),'')
SELECT REGEXP_INSTR('',POINT(1,1))
SELECT ST_SRID((SELECT MAX(a>3) FROM t1))
CREATE TABLE t1 (a LINESTRING)
INSERT INTO t2 VALUES (POINT(0,0))
SELECT CAST(1 AS MULTIPOLYGON)
SELECT CONVERT(1, LINESTRING)
SELECT CONVERT(1, POLYGON)
SELECT\n  COALESCE(gc,p),\n  COALESCE(gc,ls),\n  COALESCE(gc,pl),\n  COALESCE(gc,mp),\n  COALESCE(gc,mls),\n  COALESCE(gc,mpl),\n  COALESCE(gc,g),\n  COALESCE(gc,gc)\nFROM t1
SELECT EXTRACT(DAY FROM a) FROM t1
set @g=  "just a string"
SELECT ST_ASTEXT(BOUNDARY(INET6_ATON('255.255.255.255'))) AS c1
CREATE TABLE t (a INT, b POINT)
SELECT ST_ASTEXT(ST_POINTONSURFACE(ST_GeomFromText('POLYGON((-1 0, 1 2, 1 0, -1 0))'))) as T
SELECT ST_NumGeometries(x'000000000105000000')
select hex(st_geometryfromtext('point(1 1)', a)) x from t1
select hex(st_geomfromgeojson('{"type":"Point","coordinates":[1,1]}', a)) x from t1
SELECT ST_GeomFromWKB(x'0103000000020000000400000000000000000000000000000000000000000000000000F03F0000000000000000000000000000F03F000000000000F03F0000000000000000000000000000000001000000') IS NOT NULL AS pg
SELECT ST_GeomFromWKB(x'01050000000200000001020000000200000000000000000000000000000000000000000000000000F03F000000000000F03F01020000000100000000000000000000') IS NOT NULL AS ml
select st_centroid(x'0000000001060000000100000001030000')
SELECT ST_GEOMFROMWKB (0x01070000000100000082010000000000000000000000) as g
show create procedure mysql.DropGeometryColumn
delete from mysql.db where user='mysqltest_1'
select * from mysql.user where user="mysqltest_1"
revoke CREATE TEMPORARY TABLES on mysqltest.* from mysqltest_1@localhost
show grants for mysqltest_3@localhost
# To test that the previous command didn't cause problems\n\ninsert into mysql.global_priv (host, user) values ('localhost', 'test11')
insert into mysql.db (host, db, user, select_priv) values\n('localhost', 'a%', 'test11', 'Y'), ('localhost', 'ab%', 'test11', 'Y')
set sql_quote_show_create=1
grant select(a) on test.t1 to drop_user1@localhost
CREATE TABLE t4 LIKE t1
CREATE DATABASE testdb4
CREATE DATABASE testdb6
GRANT ALL ON testdb5.* TO testuser@localhost
GRANT SELECT ON test.t10 TO testuser@localhost
GRANT SELECT (a) ON test.t10 TO testuser@localhost
DROP DATABASE testdb6
DROP DATABASE testdb10
show grants for grant_user@localhost
create database mysqltest_1
update mysqltest_2.t1, mysqltest_1.t2 set c=20 where b=1
update mysqltest_2.t1, mysqltest_2.t2 set d=10 where s=2
select t1.*,t2.* from mysqltest_1.t1,mysqltest_1.t2
select t1.*,t2.* from mysqltest_2.t1,mysqltest_2.t2
update mysqltest_2.t1, mysqltest_1.t2 set c=100,b=200
delete from mysql.user where user='mysqltest_3'
drop database mysqltest_1
drop database mysqltest_2
GRANT ALL PRIVILEGES ON mysqltest.dummytable TO dummy@localhost
GRANT CREATE VIEW ON mysqltest.dummytable TO dummy@localhost
GRANT CREATE VIEW ON mysqltest.dummyview TO dummy@localhost
GRANT SHOW VIEW ON mysqltest.dummytable TO dummy@localhost
show grants for root@localhost
show grants for mysqltest1@'%'
grant update (a) on t1 to mysqltest_8@''
grant update on t1 to mysqltest_8
SHOW CREATE VIEW  mysqltest2.v_nn
SHOW CREATE TABLE mysqltest3.t_nn
SHOW CREATE VIEW  mysqltest3.t_nn
SHOW CREATE VIEW mysqltest2.v_yy
SHOW CREATE VIEW mysqltest2.t_nn
REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'mysqltest_1'@'localhost'
ALTER TABLE t1 RENAME TO t2
GRANT CREATE ON mysqltest.* TO longer_than_80_456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789@localhost
REVOKE CREATE ON t1 FROM longer_than_80_456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789@localhost
GRANT EXECUTE ON PROCEDURE p1 TO longer_than_80_456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789@localhost
CREATE PROCEDURE mysqltest1.p_def() SQL SECURITY DEFINER\n  SELECT 1
GRANT ALL PRIVILEGES ON test.* TO mysqltest_1@localhost
use mysqltest3
GRANT ALL PRIVILEGES ON mysqltest1.* TO mysqltest_1@localhost
GRANT SELECT ON mysqltest2.* TO mysqltest_1@localhost
SHOW COLUMNS FROM mysqltest2.t2
SELECT * FROM test.t1
INSERT INTO mysqltest2.t3 VALUES (4)
GRANT CREATE ROUTINE, EXECUTE ON mysqltest1.* TO testuser@localhost
PREPARE s3 FROM 'SHOW TABLES FROM mysqltest2'
CREATE PROCEDURE p1() SELECT b FROM t1
REVOKE SELECT ON t2 FROM testuser@localhost
EXECUTE s2
grant execute on function mysqltest1.f1 to mysqluser1@localhost
show grants for mysqluser1@localhost
call mysqltest1.p1()
grant select on test.* to очень_длинный_юзер890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890@localhost
create table t1 (i INT)
create table t2 (i INT)
create table t7 select * from t2
drop user mysqltest@localhost
CREATE FUNCTION fn1() returns char(50) SQL SECURITY INVOKER\nBEGIN\n   return 1;\nEND
DROP USER 'userbug33464'@'localhost'
DROP FUNCTION fn1
DROP DATABASE dbbug33464
DROP PROCEDURE db1.proc1
GRANT ALL ON * TO mysqltest_1
grant select on Foo.* to myuser@localhost
select host,user from mysql.user where User='myuser'
DELETE FROM mysql.user WHERE User LIKE 'mysqltest_%'
DELETE FROM mysql.tables_priv WHERE User LIKE 'mysqltest_%'
GRANT EVENT                   ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT ALTER ROUTINE           ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT CREATE ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT DROP ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT ALTER ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT REFERENCES ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT GRANT OPTION ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT CREATE VIEW ON mysqltest_db1.* TO mysqltest_u1@localhost
GRANT GRANT OPTION ON mysqltest_db1.t1 TO mysqltest_u1@localhost
GRANT SHOW VIEW ON mysqltest_db1.t1 TO mysqltest_u1@localhost
create procedure fooproc() select 'i am fooproc'
drop procedure foodb.fooproc
SELECT GRANTEE FROM INFORMATION_SCHEMA.user_privileges WHERE GRANTEE LIKE '%觻%'
CREATE TABLE db.t (a INT)
REVOKE DROP ON performance_schema.* FROM bug33578113
create user mysqltest_2@localhost
grant select on `my\\_1`.* to mysqltest_2@localhost identified by 'pass'
grant select (a) on t1 to mysqltest_1@localhost with grant option
create user mysqltest_2@host2
create user mysqltest_6@host6
create user 'mysqltest_3' identified by password 'fffffffffffffffffffffffffffffffffffffffff'
select host,db,user,table_name from mysql.tables_priv where user = 'mysqltest_1'
select host,db,user,table_name,column_name from mysql.columns_priv where user = 'mysqltest_1'
create user 'mysqltest_1', 'mysqltest_2' identified by 'Mysqltest-2', 'mysqltest_3' identified by password 'fffffffffffffffffffffffffffffffffffffffff'
drop user 'mysqltest_2' identified by 'Mysqltest-2'
GRANT ALL ON mysqltest_1.t1 TO mysqltest_1@'127.0.0.0/255.0.0.0'
grant all on mysqltest_1.* to mysqltest_1@'127.0.0.1'
revoke all on mysqltest_1.* from mysqltest_1@'127.0.0.0/255.0.0.0'
set password for 'mysqltest_1'@'localhost' = password('')
GRANT ALL PRIVILEGES ON test.* TO `a@`@localhost
CREATE TABLE t2 (s1 INT)
CREATE FUNCTION f2 () RETURNS INT\nBEGIN DECLARE v INT; SELECT s1 FROM t2 INTO v; RETURN v; END
DROP USER `a@`@localhost
GRANT SELECT (b) ON t2 TO mysqltest1@localhost
DROP TABLE db1.t1, db1.t2
GRANT INSERT ON *.* TO CURRENT_USER()
GRANT CREATE TEMPORARY TABLES ON mysqltest_db2.* TO mysqltest_u5@localhost
CREATE TABLE mysqltest_db2.t2_1(a INT)
CREATE TEMPORARY TABLE t6(a INT) ENGINE = MERGE UNION = ()
SELECT * FROM t2 ORDER BY a
SHOW KEYS FROM t3
REPLACE INTO t3 VALUES (1, 1111), (4, 444), (0, 001)
PREPARE stmt1 FROM 'SELECT * FROM t1 ORDER BY a'
SELECT * FROM t4 ORDER BY x
CREATE TEMPORARY TABLE t7(a INT)
CREATE TEMPORARY TABLE t10(a INT) ENGINE = MERGE UNION = (t7, t8)
ALTER TABLE t10 UNION = (mysqltest_db2.t2_1)
revoke grant option on *.* from u@localhost
grant select on test.* to CUser@LOCALHOST
DROP USER CUser2@localhost
GRANT SELECT, UPDATE ON `mysqltest\\_1`.* TO 'mysqltest1'@'%'
DROP USER 'mysqltest1'@'%'
show columns from mysqltest_db1.t_no_priv
create table test.t_no_priv like mysqltest_db1.column_priv_only
show create table mysqltest_db1.t_column_priv_only
drop table if exists test.t_duplicated
show create table mysqltest_db1.t_select_priv
CREATE VIEW v5 AS SELECT * FROM t5
CREATE VIEW v3 AS SELECT * FROM t_select_priv
SHOW INDEX FROM t5
CHECKSUM TABLE t6
call mtr.add_suppression('mysql\\\\.user')
create table mysql.user (Host char(100), User char(100))
drop user foo6
drop user foo8
create user foo2 identified via mysql_native_password using '2222222222222222'
create user test
show grants for test
REVOKE EXECUTE ON PROCEDURE sp FROM u
CREATE ROLE test_role
CREATE USER test_user
SHOW GRANTS FOR test_user
DROP USER test_user
create role 'role1'
create user 'user1'@'localhost'
create user 'fetch'@'localhost'
grant select on mysql.user to 'rock\\'n\\'roll'
show grants for 'fetch'
drop role 'fetch'
drop role 'role-1'
drop user 'user1'@'localhost'
CREATE USER 'test-user'
select user as User from mysql.user where is_role='Y'
show create view t_v
grant show view on db1.* to foo@localhost
create temporary table tmp (a int, key(a))
show full columns in tmp
set password for u3@h = 'pwd'
show create user u6@h
show create user u8@h
grant select on *.* to u8@h
grant delete on db.* to foo
show create table db.t1
call mtr.add_suppression('mysql\\\\.host')
create table mysql.host (host char(60) binary default '' not null, db char(64) binary default '' not null, select_priv enum('n','y') collate utf8_general_ci default 'n' not null, insert_priv enum('n','y') collate utf8_general_ci default 'n' not null, update_priv enum('n','y') collate utf8_general_ci default 'n' not null, delete_priv enum('n','y') collate utf8_general_ci default 'n' not null, create_priv enum('n','y') collate utf8_general_ci default 'n' not null, drop_priv enum('n','y') collate utf8_general_ci default 'n' not null, grant_priv enum('n','y') collate utf8_general_ci default 'n' not null, references_priv enum('n','y') collate utf8_general_ci default 'n' not null, index_priv enum('n','y') collate utf8_general_ci default 'n' not null, alter_priv enum('n','y') collate utf8_general_ci default 'n' not null, create_tmp_table_priv enum('n','y') collate utf8_general_ci default 'n' not null, lock_tables_priv enum('n','y') collate utf8_general_ci default 'n' not null, create_view_priv enum('n','y') collate utf8_general_ci default 'n' not null, show_view_priv enum('n','y') collate utf8_general_ci default 'n' not null, create_routine_priv enum('n','y') collate utf8_general_ci default 'n' not null, alter_routine_priv enum('n','y') collate utf8_general_ci default 'n' not null, execute_priv enum('n','y') collate utf8_general_ci default 'n' not null, trigger_priv enum('n','y') collate utf8_general_ci default 'n' not null, primary key /*host*/ (host,db)) engine=myisam character set utf8 collate utf8_bin comment='host privileges;  merged with database privileges'
GRANT FILE ON *.* TO foo@localhost IDENTIFIED VIA not_installed_plugin
grant all privileges on *.* to u2@localhost with grant option
show create user u2@localhost
grant select on db.* to r1@localhost
drop user r1@localhost, u1@'127.0.0.1'
# mix tbl/col grant, explicit tbl, column doesn't exist\nselect * from test.t1
GRANT UPDATE, SELECT ON privtest_db.t1 TO 'privtest'@'localhost'
GRANT DELETE, SELECT ON privtest_db.t1 TO 'privtest'@'localhost'
GRANT PROCESS, CONNECTION ADMIN ON *.* TO bar@localhost
create user USER_1@localhost
GRANT SELECT ON db1.* to USER_1@localhost
REVOKE ALL PRIVILEGES, GRANT OPTION FROM user_1@localhost
REVOKE ALL PRIVILEGES, GRANT OPTION FROM USER_1@localhost
SHOW SLAVE HOSTS
install soname 'auth_0x0100'
UPDATE t1 SET a=11 WHERE a=10
call mtr.add_suppression("The table is probably corrupted")
create table mysql.columns_priv select * from mysql.columns_priv_bak
drop table mysql.columns_priv
drop user a@localhost
grant select on mysql.* to 'a'@'a' identified by 'a'
create table mysql.tables_priv select * from mysql.tables_priv_bak
rename table mysql.tables_priv_bak to mysql.tables_priv
REVOKE REPLICATION SLAVE ADMIN, SUPER ON *.* FROM user1@localhost
CHANGE MASTER TO MASTER_USER='root'
REVOKE SLAVE MONITOR, SUPER ON *.* FROM user1@localhost
SHOW SLAVE STATUS
show grants for foo7@bar
create user юзер_юзер@localhost
create table t7 (\n  c71 integer,c72 integer,c73 integer,c74 integer,c75 integer,c76 integer,\n  primary key (c71)\n)
insert into t1 values (2,2,3,4,5,6)
insert into t2 values (6,2,3,4,5,6)
insert into t3 values (1,2,3,4,5,6)
insert into t3 values (9,2,3,4,5,6)
insert into t4 values (1,2,3,4,5,6)
insert into t4 values (4,2,3,4,5,6)
insert into t5 values (2,2,3,4,5,6)
insert into t5 values (4,2,3,4,5,6)
insert into t5 values (9,2,3,4,5,6)
insert into t5 values (12,2,3,4,5,6)
insert into t6 values (9,2,3,4,5,6)
insert into t6 values (12,2,3,4,5,6)
insert into t6 values (14,2,3,4,5,6)
insert into t6 values (18,2,3,4,5,6)
insert into t7 values (1,2,3,4,5,6)
insert into t7 values (10,2,3,4,5,6)
insert into t7 values (16,2,3,4,5,6)
select @@optimizer_prune_level
CREATE TABLE t3 (c int, f int)
SELECT 1\nFROM t1\nLEFT JOIN (\n  t2 JOIN t3 ON t3.c = t2.c\n) ON t2.b = t1.b\nLEFT JOIN (\n  t4 LEFT JOIN (t5 JOIN t5_1 ON t5.l = t5_1.l) ON t5.d = t4.d\n) ON t4.d = t1.d
INSERT INTO t10(I) VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(0)
CREATE TABLE t100 LIKE t10
EXPLAIN SELECT * FROM t100,t10,t10000
EXPLAIN SELECT * FROM t100,t10000,t10
set optimizer_prune_level=default
set optimizer_search_depth=3
show status like "optimizer%"
SET OPTIMIZER_SEARCH_DEPTH = DEFAULT
INSERT INTO t1 values (1,1,"A"),(2,2,"B")
CREATE TABLE t1 (a int, b int, key(b))
CREATE TABLE t1 (\n  spID int(10) unsigned,\n  userID int(10) unsigned,\n  score smallint(5) unsigned,\n  lsg char(40),\n  date date\n)
INSERT INTO t2 VALUES (4,'name','pass','mail','Y','v','n','adr','1','1','1')
SELECT t2.userid, MIN(t1.score+0.0) FROM t1, t2 WHERE t1.userID=t2.userID AND t1.spID=2  GROUP BY t2.userid
CREATE TABLE t1 (\n  PID int(10) unsigned NOT NULL auto_increment,\n  payDate date DEFAULT '0000-00-00' NOT NULL,\n  recDate datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,\n  URID int(10) unsigned DEFAULT '0' NOT NULL,\n  CRID int(10) unsigned DEFAULT '0' NOT NULL,\n  amount int(10) unsigned DEFAULT '0' NOT NULL,\n  operator int(10) unsigned,\n  method enum('unknown','cash','dealer','check','card','lazy','delayed','test') DEFAULT 'unknown' NOT NULL,\n  DIID int(10) unsigned,\n  reason char(1) binary DEFAULT '' NOT NULL,\n  code_id int(10) unsigned,\n  qty mediumint(8) unsigned DEFAULT '0' NOT NULL,\n  PRIMARY KEY (PID),\n  KEY URID (URID),\n  KEY reason (reason),\n  KEY method (method),\n  KEY payDate (payDate)\n)
INSERT INTO t1 VALUES (8,0,0,'','major','','2000-03-09 11:32:14',20000321114747,'','','All','P3','AAAAA','PC',3,'2.00 CD - Pre','kkkkkkkkkkk lllllllllll','','',0,'',0)
INSERT INTO t1 VALUES (5,0,0,'','enhancement','','2000-03-09 10:38:59',20000321114747,'','','All','P5','CCC/CCCCCC','PC',5,'7.00','Administration','','',0,'',0)
INSERT INTO t1 VALUES (1,1,1),(2,2,2),(2,1,1),(3,3,3),(4,3,3),(5,3,3),(6,3,3),(7,3,3)
explain select userid,count(*) from t1 group by userid desc
SELECT a,count(*) FROM t1 GROUP BY binary a
INSERT INTO t1 VALUES ('abc','def'),('hij','klm')
select u.gender as  gender, count(distinct  u.id) as dist_count, (count(distinct u.id)/5*100) as percentage from t1 u, t2 l where l.user_id = u.id group by u.gender  order by percentage
INSERT INTO t3 VALUES (3, 'Yes')
SET optimizer_switch='outer_join_with_cache=off',@@optimizer_use_condition_selectivity=4
select t1.a,t2.b from t1,t2 where t1.a=t2.a group by t1.a,t2.b
explain select t1.a,t2.b from t1,t2 where t1.a=t2.a group by t1.a,t2.b
create table t1 (id int not null, qty int not null)
select id, sum(qty) as sqty, count(qty) as cqty from t1 group by id having sum(qty)>2 and cqty>1
INSERT INTO t1 VALUES (1,2),(2,3),(4,5),(3,5),(1,5),(23,5)
select a, round(rand(100)*10) r2, sum(1) r1 from t1 where a = 1 group by a having r1>1 and r2<=2
select a*sum(b) from t1 where a=1 group by c
select sum(a)*sum(b) from t1 where a=1 group by c
explain select c from t2 where a = 2 and b = 'val-2' group by c
insert into t1 values(3000000000)
SELECT DISTINCT a, b FROM t1 GROUP BY 'const'
CREATE TABLE t2 (id varchar(20) NOT NULL, err_comment blob NOT NULL)
select sql_buffer_result max(f1)+1 from t1
SELECT a FROM t1 HAVING 'a' > 1
SELECT a FROM t1 HAVING "a" > 1
SELECT a FROM t1 ORDER BY 'a' DESC
SELECT SQL_BUFFER_RESULT avg(t2.f1) FROM t1, t2 where t2.f2 = 'SIR' GROUP BY t1.f1
create table t1 (c1 char(3), c2 char(3))
SELECT SQL_BIG_RESULT b, sum(1) FROM t1 GROUP BY b
SELECT MAX(a)-MIN(a) FROM t1 GROUP BY b
SELECT 1 FROM t1 GROUP BY SUM(b)
select t1.f1,t.* from t1, t1 t group by 1
SELECT * FROM t1 GROUP BY id ORDER BY id DESC
CREATE TABLE t1 (a INT, b INT, c INT DEFAULT 0)
SELECT 1 FROM t1 ORDER BY COUNT(*), 1
SELECT 1 FROM t1 ORDER BY SUM(a) + 1
SELECT 1 FROM t1 GROUP BY t1.a\n  HAVING (SELECT AVG(SUM(t1.b) + t2.b) FROM t2 ORDER BY SUM(t2.a) LIMIT 1)
SELECT t1.a, SUM(t1.b) FROM t1 \n  WHERE t1.a = (SELECT SUM(t2.b) FROM t2\n                  ORDER BY SUM(t2.b) + SUM(t1.b) LIMIT 1)\n  GROUP BY t1.a
SET sql_mode=@save_sql_mode
CREATE TABLE t1 (a INT, b INT,\n                 PRIMARY KEY (a),\n                 KEY i2(a,b))
INSERT INTO t1 SELECT a + 32,b FROM t1
INSERT INTO t1 SELECT a + 64,b FROM t1
EXPLAIN SELECT a FROM t1 WHERE a < 2 ORDER BY a
EXPLAIN SELECT a FROM t1 FORCE INDEX FOR JOIN (i2) \n  FORCE INDEX FOR GROUP BY (i2) GROUP BY a
CREATE TABLE t2 (a INT, b INT, KEY(a))
SELECT b c, (SELECT a FROM t1 WHERE b = c)\nFROM t1 \nHAVING b = 10
SELECT MAX(b) c, (SELECT a FROM t1 WHERE b = c)\nFROM t1 \nHAVING b = 10
SET @old_sql_mode = @@sql_mode
SELECT (SELECT t1.a) aa, COUNT(DISTINCT b) FROM t1 GROUP BY aa+0
SELECT (SELECT t1.a) aa, COUNT(DISTINCT b) FROM t1 GROUP BY -aa
SELECT (SELECT t2.a FROM t2 WHERE t2.a = t1.a) aa, b, COUNT(DISTINCT b)\n  FROM t1 GROUP BY aa, b ORDER BY -aa, -b
select min(t2.key_col)+1 from t1,t2 where t1.a> 1000
INSERT INTO t1 VALUES\n  ( 1, 1,  1 ),\n  ( 1, 2,  2 ),\n  ( 1, 3,  3 ),\n  ( 1, 4,  6 ),\n  ( 1, 5,  5 ),\n  ( 1, 9, 13 ),\n\n  ( 2, 1,  6 ),\n  ( 2, 2,  7 ),\n  ( 2, 3,  8 )
EXPLAIN\nSELECT a, AVG(t1.b),\n(SELECT t11.c FROM t1 t11 WHERE t11.a = t1.a AND t11.b = AVG(t1.b)) AS t11c,\n(SELECT t12.c FROM t1 t12 WHERE t12.a = t1.a AND t12.b = AVG(t1.b)) AS t12c\nFROM t1 GROUP BY a
SELECT a, AVG(t1.b),\n(SELECT t11.c FROM t1 t11 WHERE t11.a = t1.a AND t11.b = AVG(t1.b)) AS t11c,\n(SELECT t12.c FROM t1 t12 WHERE t12.a = t1.a AND t12.b = AVG(t1.b)) AS t12c\nFROM t1 GROUP BY a
SELECT 1 FROM t1 GROUP BY IF(`a`,'','')
SELECT 1 FROM t1 GROUP BY TRIM(LEADING RAND() FROM '')
explain\nselect col1 f1, col1 f2 from t1 order by f2, f1
select col1 f1, col1 f2 from t1 group by f1, f2 order by f2, f1
select col1 f1, col2 f2, col1 f3 from t2 group by f1, f2, f3+0
SET SESSION SQL_MODE=default
SELECT t2_1.b as zzz\nFROM t1 JOIN t2 AS t2_1 JOIN t2 AS t2_2\nON (t2_2.b = t2_1.b ) AND (t2_2.c = t2_1.c )\nWHERE\n1 > 0 OR\na = t2_1.c\nGROUP BY zzz
INSERT INTO t1 VALUES (10,1),(11,7)
insert into t1 values (1,11), (1,12), (2,22),(2,23), (4,44),(4,45)
create table t2 (c int, d int)
SELECT 1 FROM t1 WHERE 1 > ALL(SELECT 1 FROM t1 WHERE a!=0)
# this test case *must* use Aria temp tables\n\nCREATE TABLE t1 (f1 INT, f2 decimal(20,1), f3 blob)
INSERT INTO t1 VALUES (3,2), (2,3), (5,3), (6,4)
set optimizer_switch='outer_join_with_cache=off'
(select 1 order by x(y)) order by 1
SELECT MIN(f2),MAX(f2) FROM t1
CREATE TABLE t1 ( f1 int, f2 time)
CREATE TABLE t1 (a BIT(5), c BINARY(179))
SET sql_mode='ONLY_FULL_GROUP_BY'
SELECT 1 AS test UNION SELECT 2 AS test ORDER BY test IS NULL ASC
CREATE TABLE t2 (pk2 INT, i2 INT, c2 VARCHAR(1), PRIMARY KEY(pk2), KEY(pk2,i2)) ENGINE=MyISAM
CREATE TABLE t1 (i INT, c VARCHAR(3), KEY(c,i)) ENGINE=MyISAM
insert into t1 values (5),(9)
insert into t3 values (6),(3)
insert into t4 values (1),(0)
select t1.c1 as c1, t2.c2 as c1 from t1, t2 where t1.c1 < 20 and t2.c2 > 5 group by t1.c1, t2.c2 having t1.c1 < 3
SET @@sort_buffer_size = @old_sort_buff_size
DROP TABLE where_subselect
select \n  max(a) + (select col1 from t2 where t2.c=t1.c)\nfrom t1 \ngroup by t1.b
CREATE TABLE t1 (\n  job_id int(10) unsigned NOT NULL AUTO_INCREMENT,\n  job_cmd varbinary(60) NOT NULL DEFAULT '',\n  job_namespace int(11) NOT NULL,\n  job_title varbinary(255) NOT NULL,\n  job_params blob NOT NULL,\n  job_timestamp varbinary(14) DEFAULT NULL,\n  job_random int(10) unsigned NOT NULL DEFAULT '0',\n  job_token varbinary(32) NOT NULL DEFAULT '',\n  job_token_timestamp varbinary(14) DEFAULT NULL,\n  job_sha1 varbinary(32) NOT NULL DEFAULT '',\n  job_attempts int(10) unsigned NOT NULL DEFAULT '0',\n  PRIMARY KEY (job_id),\n  KEY job_cmd (job_cmd,job_namespace,job_title,job_params(128)),\n  KEY job_timestamp (job_timestamp),\n  KEY job_sha1 (job_sha1),\n  KEY job_cmd_token (job_cmd,job_token,job_random),\n  KEY job_cmd_token_id (job_cmd,job_token,job_id)\n)
SET max_sort_length= @save_max_sort_length
INSERT INTO t1 VALUES (4,'2020-09-27 12:00:00',1)
INSERT INTO t1 VALUES (6,'2020-09-28 13:00:00',1)
INSERT INTO t1 VALUES (7,'2020-09-25 12:00:00',1)
INSERT INTO t1 (a) VALUES ('foo')
CREATE TABLE t2 AS SELECT MAX(a) AS f1, a AS f2 FROM t1 WHERE VALUE(a) IS NOT NULL
insert into t21 values (1,1)
UPDATE t1 SET c=1 ORDER BY (SELECT c)
SELECT 1+0, MIN(t1.a) FROM t1,t2 WHERE t2.a = rand()
SELECT (SELECT SUM(t1_inner.a) + t1_outer.a FROM t1 AS t1_inner LIMIT 1) AS c1\n  FROM t1 AS t1_outer GROUP BY t1_outer.b
INSERT INTO t1 VALUES (1,'a'),(2,'b')
SELECT COUNT(*), pk field1, pk AS field2\nFROM t1 WHERE a = 'r' OR pk = 183 \nGROUP BY field1, field2
CREATE TABLE t1 ( \n  pk INT NOT NULL PRIMARY KEY, \n  d1 DOUBLE, \n  d2 DOUBLE, \n  i INT NOT NULL DEFAULT '0',\n  KEY (i)\n) ENGINE=InnoDB
CREATE TABLE t1 (oidGroup INT, oid INT PRIMARY KEY)ENGINE=INNODB
CREATE TABLE  `t1` (\n  `param` int(11) NOT NULL,\n  `idx` int(11) NOT NULL,\n  `text` varchar(255) default NULL,\n  PRIMARY KEY  (`param`,`idx`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8
CREATE TABLE `t2` (\n  `id` int PRIMARY KEY\n)
CREATE TABLE t1 (\n  pk INT NOT NULL AUTO_INCREMENT,\n  a INT,\n  b INT,\n  PRIMARY KEY (pk),\n  KEY idx1 (a),\n  KEY idx2 (b, a),\n  KEY idx3 (a, b)\n) ENGINE = InnoDB
DROP TABLE t0, t1
create index idx_t2_1 on t2 (a1,a2,b,c)
create index idx_t2_2 on t2 (a1,a2,b)
analyze table t3
explain select a1, b, min(c), a1, max(c), b, a2, max(c), max(c) from t1 group by a1, a2, b
select a1, a2, b, min(c), max(c) from t1 group by a1,a2,b
select a1,a2,b,max(c),min(c) from t2 group by a1,a2,b
explain select a1,a2,b,       max(c) from t1 where (a1 = 'b' or a1 = 'd' or a1 = 'a' or a1 = 'c') and (a2 > 'a') group by a1,a2,b
explain select a1,a2,b,min(c),max(c) from t1 where (a1 = 'b' or a1 = 'd' or a1 = 'a' or a1 = 'c') and (a2 > 'a') group by a1,a2,b
explain select a1,a2,b,       max(c) from t2 where a1 >= 'c' or a1 < 'b' group by a1,a2,b
explain select a1,  max(c)           from t2 where a1 in ('a','b','d') group by a1,a2,b
select a1,a2,b,min(c),max(c) from t1 where a1 < 'd' group by a1,a2,b
select a1,a2,b,       max(c) from t1 where (a1 = 'b' or a1 = 'd' or a1 = 'a' or a1 = 'c') and (a2 > 'a') group by a1,a2,b
select a1,a2,b,min(c),max(c) from t2 where a1 < 'd' group by a1,a2,b
select a1,  max(c)           from t2 where a1 in ('a','b','d') group by a1,a2,b
explain select a1,a2, max(c)         from t1 where (b = 'b') group by a1,a2
explain select a1,a2,b,       max(c) from t2 where (b = 'b') group by a1,a2
explain select a1,a2, max(c)         from t2 where (b = 'b') group by a1,a2
select a1,a2,b,min(c),max(c) from t1 where (b = 'b') group by a1,a2
explain select a1,a2,b,max(c) from t2 where b is NULL group by a1,a2
explain select a1,a2,b,min(c),max(c) from t2 where b is NULL group by a1,a2
select a1,a2,b,min(c),max(c) from t2 where b is NULL group by a1,a2
explain select a1,a2,b,       max(c) from t1 where (c < 'a0') group by a1,a2,b
explain select a1,a2,b,min(c),max(c) from t1 where (c < 'c5') or (c = 'g412') or (c = 'k421') group by a1,a2,b
explain select a1,a2,b,       max(c) from t2 where (c < 'k321') group by a1,a2,b
explain select a1,a2,b,min(c),max(c) from t2 where (c < 'a0') or (c > 'b1') group by a1,a2,b
explain select a1,a2,b,       max(c) from t2 where (c > 'b1') or (c <= 'g1') group by a1,a2,b
explain select a1,a2,b,min(c),max(c) from t2 where (c > 'b1') or (c <= 'g1') group by a1,a2,b
select a1,a2,b,min(c),max(c) from t1 where (c between 'b111' and 'g112') or (c between 'd000' and 'i110') group by a1,a2,b
select a1,a2,b,       max(c) from t2 where (c < 'a0') group by a1,a2,b
select a1,a2,b,       max(c) from t2 where (c < 'k321') group by a1,a2,b
select a1,a2,b,       max(c) from t2 where (c < 'a0') or (c > 'b1') group by a1,a2,b
select a1,a2,b,min(c),max(c) from t1\nwhere exists ( select * from t2 where t2.c = t1.c )\ngroup by a1,a2,b
explain select a1,a2,b,c,min(c), max(c) from t1\nwhere exists ( select * from t2 where t1.b > 'a' and t2.c > 'b1' )\ngroup by a1,a2,b
explain select a1,a2,b,min(c),max(c) from t1 where (a2 >= 'b') and (b = 'a') and (c > 'b111') group by a1,a2,b
select a1,a2,b,min(c) from t1 where ((a1 > 'a') or (a1 < '9'))  and ((a2 >= 'b') and (a2 < 'z')) and (b = 'a') and ((c = 'j121') or (c > 'k121' and c < 'm122') or (c > 'o122') or (c < 'h112') or (c = 'c111')) group by a1,a2,b
select a1,a2,b,min(c) from t1 where (ord(a1) > 97) and (ord(a2) + ord(a1) > 194) and (b = 'c') group by a1,a2,b
select a1,a2,b from t1 where (a1 > 'a') and (a2 > 'a') and (b = 'c') group by a1,a2,b
explain select distinct a1,a2,b from t1
explain select distinct a1,a2,b from t2 where (a1 > 'a') and (a2 > 'a') and (b = 'c')
explain select distinct b from t2 where (a2 >= 'b') and (b = 'a')
select distinct b from t1 where (a2 >= 'b') and (b = 'a')
select distinct b from t2 where (a2 >= 'b') and (b = 'a')
select distinct a1,a1 from t1
explain select distinct a1,a2,b,c from t1 where (a2 >= 'b') and (b = 'a') and (c = 'i121') group by a1,a2,b
explain select distinct a1,a2,b from t2 where (a2 >= 'b') and (b = 'a') group by a1,a2,b
explain select distinct a1,a2,b,c from t2 where (a2 >= 'b') and (b = 'a') and (c = 'i121') group by a1,a2,b
select distinct b from t1 where (a2 >= 'b') and (b = 'a') group by a1,a2,b
select distinct b from t2 where (a2 >= 'b') and (b = 'a') group by a1,a2,b
explain extended select a1,a2,b,c from t1\nwhere (a1 = 'b' or a1 = 'd' or a1 = 'a' or a1 = 'c') and (a2 > 'a') and (d > 'xy2') group by a1,a2,b,c
explain extended select a1,a2,b from t1 where (a1 = 'b' or a1 = 'd' or a1 = 'a' or a1 = 'c') and (a2 > 'a') and (c > 'a111') group by a1,a2,b
explain select a1,a2,min(b),c from t2 where (a2 = 'a') and (c = 'a111') group by a1
explain extended select a1,a2,count(a2) from t1 where (a1 > 'a') group by a1,a2,b
explain extended select sum(ord(a1)) from t1 where (a1 > 'a') group by a1,a2,b
create table t4 as select distinct a1, a2, b, c from t1
alter table t4 add unique index idxt4 (a1, a2, b, c)
explain select distinct a1 from t1 where a2 = 'b'
select distinct a1 from t1 where a2 = 'b'
select c1,min(c2) as c2 from t1 group by c1 order by c2
select c1,c2 from t1 group by c1,c2 order by c2
EXPLAIN SELECT a FROM t1 WHERE a='BB' GROUP BY a
SELECT DISTINCT a FROM t1 WHERE a LIKE 'B%'
CREATE TABLE t1 (a varchar(64) NOT NULL default '', KEY(a))
SELECT * FROM\n(t2 JOIN (t3 NATURAL JOIN t4, t5 NATURAL JOIN t6)\n    ON (t3.id3 = t2.id3 AND t5.id5 = t2.id5))\n  NATURAL JOIN\nt1
CREATE TABLE t1 (a int, b int, KEY (a,b), KEY b (b))
SELECT max(b), a FROM t1 GROUP BY a
EXPLAIN SELECT 1 FROM t1 AS t1_outer GROUP BY a HAVING \n  a > (SELECT max(b) FROM t1 GROUP BY a HAVING a < 2)
EXPLAIN SELECT 1 FROM t1 AS t1_outer1 JOIN t1 AS t1_outer2 \n   ON t1_outer1.a = (SELECT max(b) FROM t1 GROUP BY a HAVING a < 2) \n   AND t1_outer1.b = t1_outer2.b
EXPLAIN SELECT SQL_BIG_RESULT DISTINCT(a) FROM t1
CREATE INDEX break_it ON t1 (a, b)
EXPLAIN\nSELECT a, MIN(b), MAX(b), AVG(b) FROM t1 GROUP BY a ORDER BY a DESC
SELECT DISTINCT c FROM t1 WHERE d=4
SELECT a, MAX(b) FROM t WHERE 0=b+0 GROUP BY a
INSERT INTO t1 VALUES(1,1),(2,1)
SELECT 1 AS c, b FROM t1 WHERE b IN (1,2) GROUP BY c, b
INSERT INTO t1 VALUES (NULL), (NULL)
CREATE TABLE t2 ( a int, KEY (a))
CREATE TABLE t1 ( a INT, b INT, KEY (b) )
EXPLAIN\nSELECT alias1.* FROM t1, t1 AS alias1\nWHERE EXISTS ( SELECT DISTINCT b FROM t1 WHERE b <= alias1.a )
INSERT INTO t1 VALUES\n('0',NULL),('9',NULL),('8','c'),('4','d'),('7','d'),(NULL,'f'),\n('7','f'),('8','g'),(NULL,'j')
explain\nSELECT b, min(a) FROM t1 WHERE a = '7' OR b = 'z' GROUP BY b
explain\nSELECT b, min(a) FROM t1 WHERE (a = b OR b = 'd' OR b is NULL) GROUP BY b
explain\nSELECT b, min(a) FROM t1 WHERE (a > '0' AND (a > '1' OR b = 'd')) GROUP BY b
EXPLAIN\nSELECT MIN(a), b FROM t1 WHERE a > 0 GROUP BY b
INSERT INTO t2 SELECT a, b + 4, c,d,e,f FROM t2
SELECT 1 FROM t1 HAVING COUNT(DISTINCT a) < 10
SELECT COUNT(DISTINCT a), SUM(DISTINCT a), AVG(DISTINCT a) FROM t2
EXPLAIN SELECT a, c, COUNT(DISTINCT c, a, b) FROM t2 GROUP BY a, b, c
SELECT COUNT(DISTINCT c, a, b) FROM t2\n  WHERE a > 5 AND b BETWEEN 10 AND 20 GROUP BY a, b, c
SELECT COUNT(DISTINCT a, b) FROM t2 WHERE c = 13 AND d = 42
SELECT COUNT(DISTINCT a, b), SUM(DISTINCT a) FROM t2 WHERE b = 42
EXPLAIN SELECT SUM(DISTINCT a), MAX(b) FROM t2 GROUP BY a
CREATE TABLE t1 (\n  f1 int(11) NOT NULL DEFAULT '0',\n  f2 char(1) NOT NULL DEFAULT '',\n  KEY (f1,f2)\n)
EXPLAIN SELECT a, MAX(b) FROM t GROUP BY a HAVING SUM(DISTINCT a)
EXPLAIN SELECT SUM(DISTINCT a), MIN(b), MAX(b) FROM t
EXPLAIN\nSELECT DISTINCT b, c FROM faulty WHERE b='1802' ORDER BY c
drop table faulty
INSERT INTO t1 VALUES (2,' 2001-01-04')
INSERT INTO t1 VALUES (3,' 2001-01-04')
INSERT INTO t1 VALUES (4,'2001-01-03')
explain extended SELECT a FROM t1 AS t1_outer WHERE a IN (SELECT max(b) FROM t1   GROUP BY a)
EXPLAIN SELECT id,MIN(a),MAX(a) FROM t1 WHERE a>='2001-01-04' GROUP BY id
SELECT id,MIN(a),MAX(a) FROM t1 WHERE a BETWEEN DATE'2001-01-04' AND     '2001-01-05' GROUP BY id
create table t1 (a varchar(10), key (a)) engine=myisam
CREATE TABLE t1 (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, a INT NOT NULL, KEY(a))
INSERT INTO t2 (PARENT_ID, CHILD_FIELD)\nSELECT 1, 'BBBB'
select\n 1,\n min(CHILD_FIELD)\n from t1 straight_join t2\n where t1.PARENT_ID = 1\n and t1.PARENT_ID = t2.PARENT_ID\n and t2.CHILD_FIELD = "ZZZZ"
create table t2 (a int primary key, b int)
create table t3 (a int primary key, b int)
select *,\n   (select\n        CONCAT('t2:',       IFNULL(t2.a,      't2a-null'), ';',\n               'min_t3_b:', IFNULL(min(t3.b), 't3b-null'))\n    from t2,t3\n    where t2.a=1 and t1.b = t3.a) as s1\nfrom t1
EXPLAIN \nSELECT DISTINCT owner_id FROM t1 WHERE foo = true GROUP BY owner_id HAVING (COUNT(*) = 1)
EXPLAIN select MIN(a) from t1 group by p
set @old_debug=@@debug
drop table if exists t1,t4
analyze table t4
create view v1 as select pk from t1 where pk < 20
CREATE TABLE t1 (a CHAR(1), b CHAR(1), PRIMARY KEY (a,b)) ENGINE=InnoDB
INSERT INTO t0 VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),\n                      (11),(12),(13),(14),(15),(16),(17),(18),(19),(20),\n                      (21),(22),(23),(24),(25),(26),(27),(28),(29),(30)
INSERT INTO t1 SELECT 'C',i1,i1 FROM t0
INSERT INTO t2 SELECT 'B',i1,i1 FROM t0
INSERT INTO t2 SELECT 'E',i1,i1 FROM t0
CREATE TABLE t1 (`voter_id` int(11) unsigned NOT NULL,\n  `language_id` int(11) unsigned NOT NULL DEFAULT '1'\n) ENGINE=InnoDB DEFAULT CHARSET=utf8
CREATE TABLE t1 (a varchar(35), b varchar(4)) ENGINE=InnoDB
CREATE TABLE t2 (a varchar(4), b varchar(50), PRIMARY KEY (b,a), KEY (a)) ENGINE=InnoDB
CREATE TABLE t1 (\n  pk_part1 INT AUTO_INCREMENT,\n  a VARCHAR(4),\n  row_start timestamp(6) default current_timestamp,\n  PRIMARY KEY (pk_part1, row_start)\n) ENGINE=InnoDB
INSERT INTO t1 (a) VALUES\n('foo'),('bar'),('foo'),('bar'),('foo'),\n('foo'),('bar'),('foo'),('bar'),('foo'),\n('foo'),('bar'),('foo'),('bar'),('foo'),\n('foo'),('bar'),('foo'),('bar'),('foo'),\n('foo'),('bar'),('foo'),('bar'),('foo'),\n('foo'),('bar'),('foo'),('bar'),('foo'),\n('foo'),('bar'),('foo'),('bar'),('foo'),\n('foo'),('bar'),('foo'),('bar'),('foo')
set optimizer_use_condition_selectivity = @tmp, optimizer_trace=@tmp2
CREATE TABLE t1 (a INT, INDEX (a))
SELECT a FROM t1 ORDER BY a DESC LIMIT 1
SELECT a FROM t1 ORDER BY a LIMIT 3
INSERT INTO t2 VALUES (1, 'test')
select\n\ta.id, a.description,\n\tcount(b.id) as c \nfrom t1 a left join t3 b on a.id=b.order_id \ngroup by a.id, a.description \nhaving (a.description is not null) and (c=0)
SELECT SUM(a) FROM t1 GROUP BY a HAVING SUM(a)
insert into t1 values(10,'bye',10)
insert into t1 values(10,'bob',10)
select count(*) as count_col1 from t1 as tmp1 group by col1 having col1 = 10
select sum(col1) as co12 from t1 group by col2 having col2 10
select t1.col1 from t1\nwhere t1.col2 in\n      (select t2.col2 from t2 \n       group by t2.col1, t2.col2 having t1.col1 <= 10)
select sum(col1) from t1\ngroup by col_t1\nhaving col_t1 in (select sum(t2.col1) from t2\n                  group by t2.col2, t2.col1 having t2.col1 = t1.col1)
select t1.col1*10+t2.col1 from t1,t2 where t1.col1=t2.col1\ngroup by t1.col1, t2.col1 having col1 = 2
select s1*0 as s1 from t1 group by s1 having s1 <> 0
select count(s1) from t1 group by s1 having s1*0=0
select * from t1 a, t1 b group by a.s1 having s1 is null
select s1,count(s1) from t1\ngroup by s1 collate latin1_swedish_ci having s1 = 'y'
USE HU
set session sql_mode=''
SELECT  COUNT(f1) FROM t2\nHAVING (7, 9)  IN (SELECT f1, MIN(f2) FROM t1)
CREATE TABLE t1 (f1 INT, f2 VARCHAR(1))
CREATE TABLE t2 (f1 INT, f2 INT)
SELECT t1.f1\nFROM t1\nHAVING (3, 2) IN (SELECT f1, f2 FROM t2) AND t1.f1  >= 0\nORDER BY t1.f1
INSERT INTO t3 VALUES (NULL)
SELECT MIN( t1.f10 ) AS field1\nFROM t1 , t2\nWHERE t2.f2 IN ( SELECT f3 FROM t3 )\nHAVING field1 < 's'
set @save_sql_mode= @@sql_mode
insert  t1 values (4),(1),(2),(1), (3),(4)
SELECT a, COUNT(a) as ct FROM t1 GROUP BY a HAVING ct>0
CREATE TABLE t1 (c1 varchar(6)) ENGINE=MyISAM
INSERT INTO t1 VALUES ('s'), ('t'), ('a'),  ('x')
CREATE VIEW v1 as select i, i-1 as A from t1
CREATE TABLE series (\n  val INT(10) UNSIGNED NOT NULL\n)
SELECT t, next_seq_value() r FROM t1 FORCE INDEX(t) GROUP BY t HAVING r = 1  ORDER BY t1.u
CREATE TABLE t1 (id INT, f MEDIUMTEXT NOT NULL DEFAULT 'A')
SELECT f FROM t1 GROUP BY id ORDER BY DEFAULT(f)
alter table t1 add column b int default (rand()+1+3)
INSERT INTO t1 VALUES (2,'x'), (7,'y')
SELECT 1 FROM t\n  WHERE b = (SELECT 1 FROM t GROUP BY a HAVING b = a+1)
SET optimizer_trace= 'enabled=on'
CREATE TABLE t1(a INT, b INT, c INT)
INSERT INTO t2 VALUES (2,13),(5,22),(3,14),(1,22)
CREATE TABLE t3(a INT, b INT, c INT, d INT)
SELECT pk\nFROM t1\nGROUP BY pk\nHAVING (1 NOT IN (SELECT COUNT(t1.c1) FROM (v1, t1)))
EXPLAIN SELECT t1.a,MAX(t1.b) FROM t1\nWHERE (t1.a < 2 OR t1.c > 1) GROUP BY t1.a HAVING t1.a = 3
EXPLAIN SELECT t1.a,MAX(t1.b) FROM t1\nWHERE t1.a = 3 GROUP BY t1.a HAVING (t1.a < 2 OR t1.a > 3)
EXPLAIN SELECT t1.a,MAX(t1.b),t1.c FROM t1\nWHERE (t1.a < 2 AND t1.c > 1) GROUP BY t1.a HAVING t1.a = 3
SELECT * FROM t1 GROUP BY i HAVING i IN ( i IS NULL)
SELECT * FROM t1 GROUP BY i HAVING i IN ( i IS NULL AND 'x' = 0)
SELECT a,b FROM t1 GROUP BY a,b HAVING a = (b IS NULL)
INSERT INTO t1 VALUES (0), (1)
select @category3_id:= 10003
insert ignore into mysql.help_topic(help_topic_id,name,help_category_id,description,example)values(10101,'impossible_function_1',@category1_id,'description of \\n impossible_function1\\n','example of \\n impossible_function1')
insert ignore into mysql.help_topic(help_topic_id,name,help_category_id,description,example)values(10102,'impossible_function_2',@category1_id,'description of \\n impossible_function2\\n','example of \\n impossible_function2')
select @topic5_id:= 10105
insert into mysql.help_keyword(help_keyword_id,name)values(10202,'impossible_function_5')
select @keyword3_id:= 10203
help '%possible_f%'
help 'impossible_category_1'
alter table mysql.help_keyword engine=aria
delete from mysql.help_topic where help_topic_id=@topic1_id
delete from mysql.help_topic where help_topic_id=@topic2_id
delete from mysql.help_relation where help_keyword_id=@keyword1_id and help_topic_id=@topic2_id
SELECT @@GLOBAL.Host_Cache_Size
SET @@local.Host_Cache_Size=1
SET @@GLOBAL.Host_Cache_Size=1
SELECT Host_Cache_Size = @@SESSION.Host_Cache_Size
INSERT INTO t1 VALUES (1), (2), (3), (4), (5)
ALTER TABLE t1 ALTER INDEX b1 NOT IGNORED
CREATE TABLE t1 ( a INT PRIMARY KEY IGNORED )
ALTER TABLE t1 ALTER INDEX PRIMARY IGNORED
ALTER TABLE t1 RENAME INDEX no_such_index TO x
ALTER TABLE t1 RENAME INDEX a TO x, ALTER INDEX a NOT IGNORED
CREATE TABLE t1 (\n  a INT NOT NULL,\n  b INT NOT NULL,\n  UNIQUE KEY (a),\n  UNIQUE KEY (b) IGNORED\n)
INSERT INTO t1 VALUES (),(),()
EXPLAIN SELECT * FROM t1 WHERE a = '04'
CREATE TABLE t1 ( a INT, KEY (a) IGNORED)
DROP TABLE IGNORED
SELECT * FROM t1 IGNORED
CREATE PROCEDURE test_sp()\nBEGIN\n   ignored:\n   LOOP\n      LEAVE ignored;\n   END LOOP;\nEND
alter table t1 alter key if exists no_such_key ignored
alter table t1 alter index a1 ignored
SELECT c1 FROM t5 ORDER BY c1
SELECT c1 FROM t5 WHERE c1 <= '11' ORDER BY c1
SELECT c1 FROM t5 WHERE c1 > '111' ORDER BY c1
INSERT INTO t5 VALUES (-8388607), (311),(215),(88608)
SELECT c1 FROM t5 WHERE c1 != '-2147483647' ORDER BY c1
SELECT c1 FROM t5 WHERE c1 <= '500' ORDER BY c1
SELECT c1 FROM t5 WHERE c1 != '3372036854775808' ORDER BY c1
SELECT c1 FROM t5 WHERE c1 != '-908.92' ORDER BY c1
CREATE PROCEDURE test_if_commit()\nBEGIN\n  ROLLBACK;\n  SELECT IF (COUNT(*) > 0, "YES", "NO") AS "IMPLICIT COMMIT" FROM trans;\n  DELETE FROM trans;\n  COMMIT;\nEND
create procedure p1(a int) begin end
INSERT INTO t1 VALUES\n(1,1,18,1), (2,1,25,1), (1,3,40,1), (2,3,40,4),\n(4,2,24,4), (3,2,23,1), (1,2,40,2), (3,4,17,2),\n(5,5,65,1), (2,3,70,3), (1,4,35,3), (2,3,25,3),\n(2,2,40,4), (1,4,55,1), (5,3,72,4), (1,2,70,5)
INSERT INTO t1 VALUES ('x'), ('y'), ('z')
INSERT INTO t2 VALUES ('x')
CREATE TABLE t2 (pk int, i1 int, v1 varchar(1))
INSERT INTO t2 VALUES (5,2,'x'), (7,1,'x')
SELECT COUNT(*) FROM City WHERE Population > 1500000
EXPLAIN\nSELECT * FROM City WHERE\n  Name LIKE 'M%' AND Population > 1500000
SELECT * FROM City\n  WHERE Name LIKE 'C%' AND Population > 1000000
SELECT * FROM City \n  WHERE Name LIKE 'M%' AND Population > 300000
SELECT * FROM City USE INDEX ()\n  WHERE Name LIKE 'M%' AND Population > 7000000
SELECT * FROM City USE INDEX ()\n  WHERE Name BETWEEN 'G' AND 'K' AND Population > 500000 AND Country LIKE 'C%'
SELECT COUNT(*) FROM City WHERE ID BETWEEN 3701 AND 4000
SELECT COUNT(*) FROM City WHERE Population > 700000
SELECT COUNT(*) FROM City WHERE Country LIKE 'A%'
SELECT * FROM City USE INDEX ()\n  WHERE ID BETWEEN 501 AND 1000 AND Population > 700000 AND Country LIKE 'C%'
SELECT * FROM City \n  WHERE ID BETWEEN 3701 AND 4000 AND Population > 700000\n        AND Country BETWEEN 'S' AND 'Z'
SELECT * FROM City WHERE\n  Name LIKE 'M%' AND Population > 1500000
SET SESSION sort_buffer_size = default
CREATE INDEX CountryName ON City(Country,Name)
SELECT * FROM City USE INDEX ()\n  WHERE Country='USA' AND Population > 1500000 AND Name LIKE 'C%'
CREATE TABLE t1 (\n  f1 int,\n  f4 varchar(32),\n  f5 int,\n  PRIMARY KEY (f1),\n  KEY (f4)\n)
INSERT INTO t1 VALUES \n  (5,'H',1), (9,'g',0), (527,'i',0), (528,'y',1), (529,'S',6),\n  (530,'m',7), (531,'b',2), (532,'N',1), (533,'V',NULL), (534,'l',1),\n  (535,'M',0), (536,'w',1), (537,'j',5), (538,'l',0), (539,'n',2),\n  (540,'m',2), (541,'r',2), (542,'l',2), (543,'h',3),(544,'o',0),\n  (956,'h',0), (957,'g',0), (958,'W',5), (959,'s',3), (960,'w',0),\n  (961,'q',0), (962,'e',NULL), (963,'u',7), (964,'q',1), (965,'N',NULL),\n  (966,'e',0), (967,'t',3), (968,'e',6), (969,'f',NULL), (970,'j',0),\n  (971,'s',3), (972,'I',0), (973,'h',4), (974,'g',1), (975,'s',0),\n  (976,'r',3), (977,'x',1), (978,'v',8), (979,'j',NULL), (980,'z',7),\n  (981,'t',9), (982,'j',5), (983,'u',NULL), (984,'g',6), (985,'w',1),\n  (986,'h',1), (987,'v',0), (988,'v',0), (989,'c',2), (990,'b',7),\n  (991,'z',0), (992,'M',1), (993,'u',2), (994,'r',2), (995,'b',4),\n  (996,'A',2), (997,'u',0), (998,'a',0), (999,'j',2), (1,'I',2)
INSERT INTO t0(a,b) VALUES\n  (11, 1100), (2, 200), (1, 100), (14, 1400), (5, 500),\n  (3, 300), (17, 1700), (4, 400), (12, 1200), (8, 800),\n  (6, 600), (18, 1800), (9, 900), (10, 1000), (7, 700),\n  (13, 1300), (15, 1500), (19, 1900), (16, 1600), (20, 2000)
SELECT COUNT(*) FROM \n  (SELECT * FROM t1 FORCE INDEX(primary,idx)\n     WHERE a BETWEEN 2 AND 7 OR pk=1000000) AS t
INSERT INTO t1 VALUES (1,'f','no')
INSERT INTO t1 VALUES (3,'d','no')
update t1 set zone_id=487, modified=9 where pk=7260
select * from t1 where t1.zone_id=830 AND modified=9
SET sort_buffer_size=2048
CREATE TABLE t1 (\n  a VARCHAR(1024) CHARACTER SET UTF8 PRIMARY KEY,\n  b INT,\n  c INT,\n  INDEX (b)\n) ENGINE=InnoDB CHARSET utf8 ROW_FORMAT= DYNAMIC
INSERT INTO t1(id,title,status,country_code)\nSELECT seq, CONCAT('abc', seq), seq%10, CONCAT('C', seq%5) FROM seq_1_to_500
CREATE TABLE t1 (\n  id bigint(20) NOT NULL,\n  title varchar(255) NOT NULL,\n  status tinyint(4) DEFAULT 0,\n  country_code varchar(5) DEFAULT NULL,\n  PRIMARY KEY (id DESC),\n  KEY idx_status (status),\n  KEY idx_country_code_status_id (country_code,status,id DESC)\n) ENGINE=InnoDB
SET DEFAULT_STORAGE_ENGINE = MyISAM
insert into t1 select \n  A.a * B.a*10 + C.a*100, \n  A.a * B.a*10 + C.a*100,\n  A.a, \n  'filler'\nfrom t0 A, t0 B, t0 C
create table t1 (\n  a int, b int, c int,\n  filler1 char(200), filler2 char(200), \n  key(a),key(b),key(c)\n)
SELECT COUNT(DISTINCT t2.b), CONCAT(t1.c)\nFROM t1, t2\nWHERE (t2.c = t1.c)\nAND (\n        t1.b IN ( 4 )\n        OR t1.a = 137\n        AND EXISTS ( SELECT a FROM t3 )\n)\nGROUP BY 2
insert into t0 select a+160 from t0
delete from t0 where a > 300
insert into t1 values (48,0,1,0),(49,0,1,0)
set @optimizer_switch_save=@@optimizer_switch
create table mysqltest.t4(a int)
select c,table_name from v1 \nleft join information_schema.TABLES v2 on (v1.c=v2.table_name)\nwhere v1.c like "t%"
select table_name from information_schema.TABLES\nwhere table_schema = "mysqltest" and table_name like "t%"
grant select (a) on mysqltest.t1 to mysqltest_2@localhost
drop procedure if exists sel2
drop function if exists sub2
show function status where db='test'
select a.ROUTINE_NAME from information_schema.ROUTINES a,\ninformation_schema.SCHEMATA b where\na.ROUTINE_SCHEMA = b.SCHEMA_NAME AND b.SCHEMA_NAME='test'
select a.ROUTINE_NAME, b.name from information_schema.ROUTINES a,\nmysql.proc b where a.ROUTINE_NAME = convert(b.name using utf8) AND a.ROUTINE_SCHEMA='test' order by 1
create view v1 as select routine_schema, routine_name from information_schema.routines where routine_schema='test'\norder by routine_schema, routine_name
explain select * from v0
create view v1 (c) as select table_name from information_schema.tables\nwhere table_name="v1"
create view v2 (c) as select column_name from information_schema.columns\nwhere table_name="v2"
select * from information_schema.views where TABLE_NAME like "v%" AND TABLE_SCHEMA <> 'sys'
select * from information_schema.TABLE_PRIVILEGES where grantee like '%mysqltest_1%'
delete from mysql.user where user like 'mysqltest%'
drop function sub1
grant select (a) on test.t1 to joe@localhost with grant option
drop view v1, v2, v3
create procedure px5 ()\nbegin\ndeclare v int;\ndeclare c cursor for select version from\ninformation_schema.tables where table_schema <> 'information_schema';\nopen c;\nfetch c into v;\nselect v;\nclose c;\nend;
call px5()
select sql_mode from information_schema.ROUTINES
alter table t1 default character set utf8
drop table t115
call p108()
create view v1 as select A1.table_name from information_schema.TABLES A1\nwhere table_name= "user"
select * from information_schema.KEY_COLUMN_USAGE where\nTABLE_NAME= "vo"
drop view vo
select TABLE_NAME,TABLE_TYPE,ENGINE\nfrom information_schema.tables\nwhere table_schema='information_schema' limit 2
create database information_schema
show tables like "T%"
select table_name from tables where table_name='user'
create view v3 (c) as select sub1(1)
show open tables where `table` like "user"
show status where variable_name like "%database%"
show global status like "Threads_running"
delete from mysql.db where user='mysqltest_4'
drop trigger trg1
select * from information_schema.column_privileges where grantee like '\\'user%'\norder by grantee
select * from information_schema.table_privileges where grantee like '\\'user%'\norder by grantee
create table t1 (a int not null, b int)
show fields from test.v1
select ROUTINE_NAME from routines where ROUTINE_SCHEMA='information_schema'
grant all on information_schema.* to 'user1'@'localhost'
CREATE TABLE t1 (f1 BIGINT, f2 VARCHAR(20), f3 BIGINT)
CREATE VIEW v1 AS SELECT 1 FROM t1\n                    WHERE f3 = (SELECT func2 ())
select routine_name from information_schema.routines where ROUTINE_SCHEMA='test'
create definer = mysqltest_1@localhost\nsql security definer view v2 as select 1
CREATE FUNCTION f1() RETURNS INT RETURN @a + 1
SELECT MAX(table_name) FROM information_schema.tables WHERE table_schema IN ('mysql', 'INFORMATION_SCHEMA', 'test') and table_name not like 'xtradb%'
CREATE FUNCTION get_value()\n  RETURNS TEXT\n  DETERMINISTIC\nBEGIN\n  DECLARE col1, col2, col3, col4, col6 CHAR(255);\n  DECLARE default_val VARCHAR(65532);\n  DECLARE done INT DEFAULT 0;\n  DECLARE cur1 CURSOR FOR SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_KEY, COLUMN_DEFAULT, EXTRA FROM INFORMATION_SCHEMA.COLUMNS where TABLE_NAME='bug23037';\n  DECLARE CONTINUE HANDLER FOR SQLSTATE '02000' SET done = 1;\n  OPEN cur1;\n  FETCH cur1 INTO col1, col2, col3, col4, default_val, col6;\n  CLOSE cur1;\n  RETURN default_val;\nend
alter database test
create trigger mysqltest.t1_ai after insert on mysqltest.t1\n  for each row set @a = new.a + new.b + new.c
SELECT 'other connection here' AS who
SELECT IF(`time` > 0, 'OK', `time`) AS time_low,\n       IF(`time` < 1000, 'OK', `time`) AS time_high,\n       IF(time_ms >= 1000, 'OK', time_ms) AS time_ms_low,\n       IF(time_ms < 1000000, 'OK', time_ms) AS time_ms_high\n  FROM INFORMATION_SCHEMA.PROCESSLIST\n WHERE ID=@tid
DROP TABLE IF EXISTS server_status
SELECT * FROM INFORMATION_SCHEMA.SCHEMATA\nWHERE SCHEMA_NAME = 'mysqltest'
SELECT * FROM INFORMATION_SCHEMA.SCHEMATA\nWHERE SCHEMA_NAME = 'test'
select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA='mysql' AND TABLE_NAME='nonexisting'
select * from `information_schema`.`KEY_COLUMN_USAGE` where `TABLE_SCHEMA` = NULL
select * from information_schema.schemata where schema_name = NULL
select * from `information_schema`.`STATISTICS` where `TABLE_SCHEMA` = NULL
select * from `information_schema`.`STATISTICS` where `TABLE_NAME` = NULL
select * from information_schema.tables where table_schema = NULL
explain extended select 1 from information_schema.tables
explain select count(*) from information_schema.columns
explain select count(*) from information_schema.views
SELECT 'NOT_OK' AS TEST_RESULT FROM INFORMATION_SCHEMA.PROCESSLIST WHERE time < 0
SELECT COUNT(*) FROM TABLES WHERE TABLE_NAME='t1'
select table_name, auto_increment from information_schema.tables\n  where table_schema = 'test' and table_name in ('t1', 't2') order by table_name
drop temporary table if exists information_schema.t1
create table t1 select * from information_schema.t1
CREATE TABLE t1(f1 char(100))
CHECKSUM TABLE t1, information_schema.tables
drop database if exists db1
CREATE TABLE tt2(c2 INT)
SELECT SCHEMA_NAME from information_schema.schemata where schema_name='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA=CONCAT('test',0x00,'1')
CREATE TABLE `a/~.b`.t1 (a INT)
select\n  tc.TABLE_SCHEMA,\n  tc.TABLE_NAME,\n  cc.CONSTRAINT_NAME,\n  cc.CHECK_CLAUSE\nfrom information_schema.TABLE_CONSTRAINTS tc\n  join information_schema.CHECK_CONSTRAINTS cc\n    using (CONSTRAINT_CATALOG, CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME)
select\n  tc.TABLE_SCHEMA,\n  tc.TABLE_NAME,\n  cc.CONSTRAINT_NAME,\n  cc.CHECK_CLAUSE\nfrom information_schema.TABLE_CONSTRAINTS tc\n  NATURAL join information_schema.CHECK_CONSTRAINTS cc
select\n  tc.TABLE_SCHEMA,\n  tc.TABLE_NAME,\n  cc.CONSTRAINT_NAME,\n  cc.CHECK_CLAUSE\nfrom information_schema.CHECK_CONSTRAINTS cc\n  NATURAL join information_schema.TABLE_CONSTRAINTS tc
CREATE TABLE t1 (a TIMESTAMP, KEY (a))
CREATE OR REPLACE TABLE t1 AS SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE 1 = 0
CREATE OR REPLACE TABLE t1 AS SELECT * FROM INFORMATION_SCHEMA.TABLES WHERE 1 = 0
SELECT * FROM i
select variable_name from information_schema.session_variables where variable_name =\n(select variable_name from information_schema.session_variables where variable_name = 'basedir')
select * from t4 order by table_name
SELECT RELEASE_LOCK('v01')
create database mbase
use `inf%`
drop database `inf%`
drop database mbase
create view v1 as select f1()
create view v2 as select f2()
create view v2 as select f1 from testdb_1.v1
create view v4 as select f1,f2 from testdb_1.v3
show create view testdb_1.v5
show fields from testdb_1.v1
grant show view on testdb_1.* to mysqltest_1@localhost
create sql security definer view v2d as select table_name from information_schema.tables where table_schema='mysql' and table_name like '%user%'
create sql security invoker view v3i as select schema_name from information_schema.schemata where schema_name like '%mysql%'
select * from v3i
select * from v4d
drop procedure rootonly
show index in t2
CREATE TABLE db1.author (\n  id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  name VARCHAR(100) NOT NULL\n) ENGINE = InnoDB
grant select, references on db1.* to u@localhost
DROP DATABASE IF EXISTS i_s_parameters_test
SELECT * FROM INFORMATION_SCHEMA.PARAMETERS\nWHERE SPECIFIC_SCHEMA = 'i_s_parameters_test' AND SPECIFIC_NAME = 'test_proc'
CREATE DATABASE i_s_parameters_test CHARACTER SET  utf8
CREATE FUNCTION test_func5 (s CHAR(20)) RETURNS VARCHAR(30)\nRETURN CONCAT('XYZ, ' ,s)
SELECT * FROM INFORMATION_SCHEMA.PARAMETERS\n  WHERE SPECIFIC_SCHEMA = 'i_s_parameters_test'\n  AND SPECIFIC_NAME = 'процедурка'
create table t4 (f1 date, f2 int)\npartition by key(f1,f2)\npartitions 3
create table t1 (a int not null,b int not null,c int not null,primary key (a,b))\npartition by range (a)\nsubpartition by hash (a+b)\n( partition x1 values less than (1)\n  ( subpartition x11 tablespace t1,\n    subpartition x12 tablespace t2),\n   partition x2 values less than (5)\n  ( subpartition x21 tablespace t1,\n    subpartition x22 tablespace t2)\n)
create table t1 (f1 date)\npartition by linear hash(month(f1))\npartitions 3
PREPARE stmt2 FROM "CREATE VIEW v AS SELECT * FROM INFORMATION_SCHEMA.TABLES"
SHOW CREATE TABLE INFORMATION_SCHEMA.ROUTINES
SELECT * FROM INFORMATION_SCHEMA.ROUTINES\n  WHERE ROUTINE_SCHEMA = 'i_s_routines_test'
insert into just_a_test values(1,'fa','la','china_a',11111111,'fa_la@163.com','California'),\n(2,'fb','lb','china_b',22222222,'fb_lb@163.com','Arizona'),\n(3,'fc','lc','china_c',33333333,'fc_lc@163.com','California'),\n(4,'fd','ld','china_d',44444444,'fd_ld@163.com','Utah'),\n(5,'fe','le','china_e',55555555,'fe_le@163.com','Arizona')
alter table just_a_test drop column state
LOOP\n  CREATE OR REPLACE VIEW vv AS SELECT 1;\nEND LOOP
CREATE FUNCTION f() RETURNS INT RETURN 1
select hex(@a)
create user 'user_1'@'localhost'
create table t2 (y int)
call p1(42)
select @x
set global init_connect="call p1(4711)"
set global init_connect="call p1(@sum)"
set global init_connect="set @x = f1()"
drop user mysqltest1@localhost
select user,host,password from mysql.user where user='foo'
EXPLAIN\nSELECT t1.col_time_key, t1.col_varchar_key\n  FROM t2 STRAIGHT_JOIN t1 ON t1.col_int_key = t2.col_int_key\nGROUP BY 1,2
use dbt3_s001
select count(*) from lineitem where l_orderkey=130 and l_shipdate='1992-07-01'
explain \nselect count(*) from lineitem\n  where l_shipdate='1992-07-01' and l_orderkey between 1 and 1000
explain\nselect max(l_linenumber) from lineitem \n  where l_shipdate='1992-07-01' and l_orderkey=130
select l_orderkey, l_linenumber from lineitem \n  where l_shipdate='1992-07-01' and l_orderkey between 1 and 1000\n        or l_receiptdate='1992-07-01' and l_orderkey between 5001 and 6000
explain \nselect max(l_orderkey) from lineitem\n  where l_partkey between 1 and 10 group by l_partkey
insert into t0 values (1), (2), (3), (4), (5)
create index i_p_size on part(p_size)
INSERT INTO t2 VALUES ('m'), ('n')
CREATE TABLE t1 (\nc1 bigint(20) unsigned NOT NULL AUTO_INCREMENT,\nc2 bigint(20) unsigned NOT NULL,\nc3 bigint(20) unsigned NOT NULL,\nc4 varchar(128) DEFAULT NULL,\nPRIMARY KEY (c1),\nUNIQUE KEY uq (c2,c3),\nKEY c3 (c3),\nKEY c4 (c4)\n) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8
insert into t2\nselect \n  A.a + 10 * B.a, A.a + 10 * B.a, A.a + 10 * B.a \nfrom t1 A, t1 B
explain \nselect * from t2 force index(index_date_updated) \nwhere index_date_updated= 10 and index_id < 800
INSERT INTO t1 VALUES (1,'foo','abc'),(2,'bar','def')
INSERT INTO t2 VALUES ('j'),('v')
CREATE TABLE t3 (\n  c INT, d VARCHAR(1), e VARCHAR(1),\n  KEY (d,c)\n) ENGINE=InnoDB
INSERT INTO t3\n  VALUES (6,'w','w'),\n    (1,'v','v'),(7,'s','s'),(4,'l','l'),\n    (7,'y','y'),(0,'c','c'),(2,'i','i'),\n    (9,'h','h'),(4,'q','q'),(0,'a','a'),\n    (9,'v','v'),(1,'u','u'),(3,'s','s'),\n    (8,'z','z'),(1,'h','h'),(8,'p','p'),\n    (6,'e','e'),(3,'i','i'),(6,'y','y')
update t2 set key1='frequent-val' where pk between 100 and 350
create table t2 (a char(8) character set utf8, b int)
create table t1(\n  a varchar(8) character set utf8, b int, filler char(100), \n  primary key(a,b)\n)
insert into t1 select A.a, B.a, C.a, 'filler' from t0 A, t0 B, t0 C
create table  t0 (a int)
set @tmp_mdev5037=@@join_cache_level
set default_storage_engine=@save_storage_engine
select @@session.tx_isolation
drop function if exists f14
insert into t2 values (1), (2), (3), (4), (5)
create table t5 (l int primary key) engine=innodb
insert into t5 values (1)
create view v2 as select j from t2 where j in (select i from t1)
create procedure p1(k int) insert into t2 values (k)
create function f1() returns int\nbegin\n  declare j int;\n  select i from t1 where i = 1 into j;\n  return j;\nend
create function f14() returns int\nbegin\n  declare k int;\n  call p2(k);\n  insert into t2 values (k+5);\n  return k;\nend
create table t1 (i int auto_increment not null primary key) engine=innodb\n  partition by hash (i) partitions 4
SET DEBUG_SYNC= "now WAIT_FOR opening"
SET DEBUG_SYNC= 'now SIGNAL killed'
CREATE TABLE db1.t1(id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, value INT) engine=innodb
SET DEBUG_SYNC= "now WAIT_FOR manage"
SET DEBUG_SYNC= "now SIGNAL query"
CREATE TABLE t1(a INT NOT NULL, b INT NOT NULL) engine=innodb
SET DEBUG_SYNC= 'now WAIT_FOR beforecommit'
SET DEBUG_SYNC= 'alter_table_inplace_after_lock_downgrade SIGNAL downgraded WAIT_FOR continue'
SET DEBUG_SYNC= 'alter_table_copy_after_lock_upgrade SIGNAL upgraded'
ALTER TABLE t1 FORCE, ALGORITHM= COPY
SET DEBUG_SYNC = 'row_log_table_apply1_before SIGNAL rebuild'
CREATE TABLE t1 (a VARCHAR(5) COLLATE utf8_unicode_ci PRIMARY KEY)\nENGINE=InnoDB
insert into t1 values (0,"r1manic")
insert into t1 values ('sasha@mysql.com'),('monty@mysql.com'),('foo@hotmail.com'),('foo@aol.com'),('bar@aol.com')
set @value= "aa"
create table t3(id3 int not null, t char(12), index(id3))
select count(*) from t2
insert into t1 (a,a) values (1,1)
create table t1 (id int primary key, data int)
insert into t1 values (1,11), (2,22)
CREATE FUNCTION f2() RETURNS INT\nBEGIN\n  INSERT DELAYED INTO t1 VALUES (2);\n  RETURN 1;\nEND
CREATE TRIGGER t1_ad AFTER DELETE ON t1 FOR EACH ROW\n  INSERT DELAYED INTO t2 VALUES (OLD.i)
INSERT INTO t1(a,b,c) VALUES (1.225e+01, 1.225e+01, 1.225e+01)
INSERT INTO t1(a,c) VALUES (-1.37e+0, -1.37e+0)
INSERT INTO t1(a,c) VALUES (-5000e+0, -5000e+0)
INSERT INTO t VALUES (),(),()
INSERT INTO t(a) SELECT rand() FROM t
insert t1 (data) values ('letter'), (1/0)
update t1 set data='envelope' where 1/0 or 1
insert into t4\n  select * from t1 left join t2 on (select t1.i from t3)
replace t4\n  select * from t1 left join t2 on (select t1.i from t3)
insert t1 set a=(select a+3)
insert into t1 values (2,2), (3,3), (4,4)
insert into t1 (a) values \n  (3),\n  ((select max(a) from t1)) \nreturning \n  a, b, (select max(a) from t2)
INSERT INTO t1(c1, c2, c3) VALUES('A1','B1','IT1'), ('A2','B2','IT1'), ('A3','B3','IT1'), ('A4','B4','IT1'), ('A5','B5','IT1'), ('A6','B6','IT1'), ('A7','B7','IT1')
DROP TABLE result
CREATE TABLE t2 (fld2 INT, FOREIGN KEY (fld2) REFERENCES t1 (fld1))\nENGINE=INNODB
UPDATE IGNORE t2 SET fld2=20 WHERE fld2=0
CREATE TABLE t1 (fld1 INT PRIMARY KEY) ENGINE= INNODB
CREATE TEMPORARY TABLE v0 ( v1 TEXT ( 15 ) CHAR SET BINARY NOT NULL NOT NULL UNIQUE CHECK ( v1 ) ) REPLACE SELECT NULL AS v3 , 74 AS v2
insert delayed into v1 values (1)
CREATE TABLE table_target   ( mexs_id CHAR(8), messzeit TIMESTAMP, PRIMARY KEY (mexs_id))
CREATE TABLE table_target3  ( mexs_id CHAR(8), messzeit TIMESTAMP, PRIMARY KEY (mexs_id))
GRANT  SELECT                ON table_target2   TO   user20989@localhost
REPLACE INTO    view_target3\nSELECT          stations.mexs_id AS mexs_id, datetime AS messzeit\nFROM            table_source\nINNER JOIN      view_stations AS stations\nON              table_source.id = stations.icao\nLEFT JOIN       view_target3 AS old\nUSING           (mexs_id)
SELECT * FROM view_target3
DROP VIEW  view_stations
DROP DATABASE meow
CREATE DATABASE test1
INSERT INTO test1.t_trigger_test1 (name) VALUES ('Alice') RETURNING *
DELETE FROM test1.t_trigger_test1 WHERE id=1 RETURNING *
CREATE TABLE t1(id1 INT PRIMARY KEY AUTO_INCREMENT, val1 VARCHAR(1))
CREATE VIEW v2 AS SELECT id2,val2 FROM t2
INSERT INTO t1 (id1, val1) VALUES (1, 'a')
INSERT IGNORE INTO t1(id1,val1) VALUES (7,'h') RETURNING *
EXPLAIN INSERT INTO t1(id1,val1) VALUES (8,'i') RETURNING *
EXPLAIN FORMAT="json" INSERT INTO t1(id1,val1) VALUES (10,'k') RETURNING id1
INSERT INTO t1 VALUES (9,'i'),(10,'j') RETURNING(SELECT GROUP_CONCAT(val2)\nFROM t2 GROUP BY id2 HAVING id2=id1-8)
EXPLAIN FORMAT="json" INSERT INTO t1 VALUES(19,'u'),(20,'v') RETURNING id1
INSERT INTO ins_duplicate VALUES (2,'b') ON DUPLICATE KEY UPDATE val='b'\nRETURNING *
INSERT INTO ins_duplicate VALUES (2,'b') ON DUPLICATE KEY UPDATE val='d'\nRETURNING (SELECT GROUP_CONCAT(val2) FROM t2 WHERE id2=1)
EXPLAIN EXTENDED INSERT INTO ins_duplicate(id,val) VALUES (2,'b')\nON DUPLICATE KEY UPDATE val='i' RETURNING val
EXPLAIN FORMAT="json" INSERT INTO ins_duplicate(id,val) VALUES (2,'b')\nON DUPLICATE KEY UPDATE val='j' RETURNING val
INSERT INTO t1 SET id1= 3, val1= 'c' RETURNING id1+id1 AS total,val1,\nid1 && id1, id1|id1, UPPER(val1),f(id1)
INSERT INTO t1 SET id1= 7, val1= 'g' RETURNING f(id1)
DELETE FROM t2 WHERE id2=4
INSERT INTO t2(id2,val2) VALUES(5,'f') RETURNING (SELECT 1 UNION SELECT id2 FROM t2)
INSERT INTO t2 VALUES(1,'a'),(2,'b') RETURNING id1
INSERT INTO t2 VALUES(13,'f'),(14,'g') RETURNING (SELECT id2 FROM t2)
INSERT INTO t2 SET id2=2, val2='b' RETURNING COUNT(id2)
INSERT INTO ins_duplicate VALUES (2,'b') ON DUPLICATE KEY UPDATE val='b'\nRETURNING (SELECT * FROM ins_duplicate)
INSERT INTO t2(id2,val2) SELECT * FROM t1 WHERE id1=2 RETURNING (SELECT\nid2 FROM t2)
INSERT INTO t2(id2,val2) SELECT t1.* FROM t1 WHERE id1=2 RETURNING t1.*
CREATE TRIGGER bi1 before insert on t1 for each row set NEW.val1= 'z'
CALL sp1(0)
DROP TABLE t, t1
EXECUTE IMMEDIATE 'INSERT INTO t1 (id, data) VALUES  ((SELECT CAST(1 AS SIGNED INTEGER) AS anon_1), ?) RETURNING t1.id' using 'hi'
insert ignore into t2 (payoutID) SELECT payoutID+10 FROM t1
create table t2 (a int not null, b char(10))
replace into t1 select * from t2
create table t2(No int not null, Field int not null, Count int not null)
insert into t1 values (1),(1),(2)
insert into t1 select a from t2 on duplicate key update a= t1.a + t2.b
insert into t1 select t3.c from t3 on duplicate key update a= a + t3.d
insert into t1 select t2.a from t2 group by t2.a on duplicate key update a= a + 10
insert into t1(f1) select if(max(f1) is null, '2000',max(f1)+1) from t1
insert into t1(x,y) select x,z from t2 on duplicate key update x=values(x)
insert into t1(x,y) select x,z from t2 on duplicate key update x=values(z)
DROP DATABASE bug21774_2
insert into t1 values (1,1) on duplicate key update f2=2
SET sql_mode = 'NO_ENGINE_SUBSTITUTION'
INSERT INTO t2 (d)\n  SELECT (SELECT SUM(LENGTH(c)) FROM t1 WHERE c IN (SELECT t1.c FROM t1)) \n  FROM t1
INSERT INTO t1 (prev_id) VALUES (NULL), (1), (2)
SET @old_myisam_data_pointer_size = @@myisam_data_pointer_size
INSERT INTO t1 VALUES(1), (2), (100), (3)
insert into t2 values (3), (2)
prepare stmt from "\ninsert into t1\nselect b from t2\n  where b in (select c from t3\n              group by (select * from (select a from t1) dt where a = 1));\n"
INSERT INTO t1 SELECT AVG(1)
INSERT t1 VALUES (1,9,70) ON DUPLICATE KEY UPDATE c=c+100000, b=4
INSERT t1 VALUES (5,6,30), (7,4,40), (8,9,60) ON DUPLICATE KEY UPDATE c=c+100
INSERT t1 SET a=5 ON DUPLICATE KEY UPDATE b=0
SELECT *, VALUE(a) FROM t1
create table t1(a int primary key, b int)
INSERT t1 SELECT 1,9,70 FROM DUAL ON DUPLICATE KEY UPDATE c=c+100000, b=4
INSERT t2 VALUES (2,1,11,2), (7,4,40,2)
insert ignore into t1 select 1 on duplicate key update a=2
insert into t1 select 1 on duplicate key update a=2
CREATE TABLE t3 (a INT, c INT)
SET SQL_MODE = 'TRADITIONAL'
CREATE TABLE t1 (a INT PRIMARY KEY, b INT NOT NULL)
INSERT INTO t1 (a) VALUES (1) ON DUPLICATE KEY UPDATE b = b
INSERT INTO t1 (id,c1) VALUES (1,10)
select if( @stamp1 = @stamp2, "correct", "wrong")
set timestamp=unix_timestamp('2000-10-20 0:0:0')
create table t1 (i varchar(10) default nextval(s), j varchar(10), key(i)) engine=myisam
create table t1 (j text default 5, i varchar(10) as (j), key(i))
create table t1 (a int(10) auto_increment primary key, b int(11))
ANALYZE format=json (select a,b from t1) intersect (select c,d from t2) intersect (select e,f from t3)
select * from ((select a,b from t1) intersect (select c,d from t2) intersect (select e,f from t3)) a
(select a,b,b1 from t1) intersect (select c,d,d1 from t2)
create table t3 (e int, f int)
(/* select#1 */ select `test`.`t1`.`a` AS `a`,`test`.`t1`.`b` AS `b` from `test`.`t1`) union /* select#3 */ select `__3`.`c` AS `c`,`__3`.`d` AS `d` from ((/* select#2 */ select `test`.`t2`.`c` AS `c`,`test`.`t2`.`d` AS `d` from `test`.`t2`) intersect (/* select#4 */ select `test`.`t3`.`e` AS `e`,`test`.`t3`.`f` AS `f` from `test`.`t3`)) `__3` union (/* select#5 */ select 4 AS `4`,4 AS `4`)
INSERT INTO t1 VALUES\n('Jakarta'),('Lisbon'),('Honolulu'),('Lusaka'),('Barcelona'),('Taipei'),\n('Brussels'),('Orlando'),('Osaka'),('Quito'),('Lima'),('Tunis'),\n('Unalaska'),('Rotterdam'),('Zagreb'),('Ufa'),('Ryazan'),('Xiamen'),\n('London'),('Izmir'),('Samara'),('Bern'),('Zhengzhou'),('Vladivostok'),\n('Yangon'),('Victoria'),('Warsaw'),('Luanda'),('Leon'),('Bangkok'),\n('Wellington'),('Zibo'),('Qiqihar'),('Delhi'),('Hamburg'),('Ottawa'),\n('Vaduz')
CREATE TABLE t3 (c varchar(32)) ENGINE=MyISAM
create table t12(c1 int)
insert into t12 values(2)
insert into t2 values (2,2),(2,2),(5,5)
select * from ((select a from t1) intersect all (select c from t2)) t
insert into t3 values (1,1),(2,2),(5,5),(2,2)
(select a,b from t1) intersect (select c,d from t2) intersect all (select e,f from t3)
EXPLAIN extended (select a,b from t1) intersect all (select c,e from t2,t3)
select * from ((select a,b from t1) intersect all (select c,e from t2,t3)) a
(select a,b from t1) union all (select c,d from t2) intersect (select e,f from t3) union all (select 4,4)
explain extended (select e,f from t3) intersect all (select c,d from t2) union all (select a,b from t1) union all (select 4,4)
(/* select#1 */ select `test`.`t1`.`a` AS `a`,`test`.`t1`.`b` AS `b` from `test`.`t1`) union /* select#3 */ select `__3`.`c` AS `c`,`__3`.`d` AS `d` from ((/* select#2 */ select `test`.`t2`.`c` AS `c`,`test`.`t2`.`d` AS `d` from `test`.`t2`) intersect all (/* select#4 */ select `test`.`t3`.`e` AS `e`,`test`.`t3`.`f` AS `f` from `test`.`t3`)) `__3` union (/* select#5 */ select 4 AS `4`,4 AS `4`)
INSERT INTO t2 VALUES\n('Gaza'),('Jeddah'),('Beirut'),('Incheon'),('Tbilisi'),('Izmir'),\n('Quito'),('Riga'),('Freetown'),('Zagreb'),('Caracas'),('Orlando'),\n('Kingston'),('Turin'),('Xinyang'),('Osaka'),('Albany'),('Geneva'),\n('Omsk'),('Kazan'),('Quezon'),('Indore'),('Odessa'),('Xiamen'),\n('Winnipeg'),('Yakutsk'),('Nairobi'),('Ufa'),('Helsinki'),('Vilnius'),\n('Aden'),('Liverpool'),('Honolulu'),('Frankfurt'),('Glasgow'),\n('Vienna'),('Jackson'),('Jakarta'),('Sydney'),('Oslo'),('Novgorod'),\n('Norilsk'),('Izhevsk'),('Istanbul'),('Nice'),('Detroit'),('Detroit')
select * from t1 where a > 4\nunion all\nselect * from t2 where a < 5\nintersect all\nselect * from t3 where a < 5
explain SELECT * from t3 union select * from u3 intersect all select * from i3
drop tables t3, u3, i3
select * from t1 intersect all (select * from t2 union values (1, 2))
(select * from t1 intersect all select * from t2) union values (1, 2)
create view v2 as select * from t1 union values (1, 2) intersect all select * from t2
select * from t1 union values (1, 2) intersect all select * from t2
explain select * from t1 intersect all select * from t2 union values (1, 2)
create view v1 as ((select * from t1 except all select * from t2) intersect all values (1, 2))
explain select * from ((select * from t1 except all select * from t2) intersect all values (1, 2)) v
select * from t1 except all select * from t2 intersect all values (1, 2) union values (2, 3)
CREATE TABLE t3 (i INT)
INSERT INTO t3 VALUES (1),(3)
(((SELECT i FROM t1) INTERSECT (SELECT i FROM t3)) UNION ALL (SELECT i FROM t2))\n  EXCEPT ALL (SELECT i FROM t3) ORDER BY i
(((SELECT i FROM t1) INTERSECT ALL (SELECT i FROM t2)) INTERSECT (SELECT i FROM t3))\n  UNION ALL (SELECT i FROM t2) ORDER BY i
create table t1(abc int primary key, xyz int invisible)
create table t1(a int invisible, b int)
insert into t1(b) values(3)
select a,b,c,d,e,f from t1
create view v as select * from t1
select a,b,c,d,e,f from v
create table t2 as select a,b,c from t1
select a,b from t3 order by b
prepare insert_1 from "insert into t1 values(@a,@c)"
execute insert_1
create table t1 (a int invisible, b int, c int)
select * from t1 join t2 using (a)
update t1 set invisible = (select @a from dual) where a=(select a from t1 limit 1)
alter table t1 add constraint a check (invisible > 2)
select invisible ,a from t1
set debug_dbug= "+d,test_completely_invisible"
select invisible1, invisible ,a from t1
set debug_dbug= "+d,test_completely_invisible,test_invisible_index"
insert into t1 values(5,5,5)
create user user_1
select invisible,a from t1
SET debug_dbug= ""
CREATE TABLE t1 AS SELECT 1
SELECT * from t1 JOIN t2 USING (S1)
SELECT * from t1 LEFT JOIN t2 ON(t2.S1=2)
insert into t1 values (107)
INSERT INTO t1 VALUES (21,'e45703b64de71482360de8fec94c3ade',3,7800,'n','1999-12-23 17:22:21')
INSERT INTO t2 VALUES (3,2,11,12,5400,7800)
INSERT INTO t2 VALUES (5,1,37,6,10000,12000)
SELECT * from t1 WHERE t1.d IS NULL
INSERT INTO t2 VALUES ('5','ger','xep80','1',999999),('1','ger','xep80','1',999999)
CREATE TABLE t1 (\n  t1_id int(11) default NULL,\n  t2_id int(11) default NULL,\n  type enum('Cost','Percent') default NULL,\n  cost_unit enum('Cost','Unit') default NULL,\n  min_value double default NULL,\n  max_value double default NULL,\n  t3_id int(11) default NULL,\n  item_id int(11) default NULL\n) ENGINE=MyISAM
CREATE TABLE t2 (\n  id int(10) unsigned NOT NULL auto_increment,\n  name varchar(255) default NULL,\n  PRIMARY KEY  (id)\n) ENGINE=MyISAM
SELECT * FROM t1 NATURAL JOIN t2 WHERE 1 AND (Value1 = 'A' AND Value2 <> 'B')
SELECT * FROM t1 NATURAL JOIN t2 WHERE 1 AND Value1 = 'A' AND Value2 <> 'B'
SELECT * FROM t1 NATURAL JOIN t2 NATURAL JOIN t3
select t1.i,t2.i,t3.i from t2 left join t3 on (t2.i=t3.i),t1 order by t1.i,t2.i,t3.i
CREATE TABLE t2 (a int, d int, e int default 0)
insert into t1 values (10,1)
insert into t1 values (3 ,2)
insert into t4 values (11,3)
insert into t5 values (11,4)
select * from t1 natural join t2 natural join t3 natural join t4
select * from t5 natural right join (t4 natural right join ((t2 natural right join t1) natural right join t3))
select * from t5 natural join ((t1 natural join t2), (t3 natural join t4))
select * from (t1 join t2 using (b)) join (t3 join t4 using (c)) using (c)
select * from (t1 cross join t2) join (t3 cross join t4) on (a < y and t2.b < t3.c)
select * from ((t3 join (t1 join t2 on c > a) on t3.b < t2.a) join t4 on y > t1.c) join t5 on z = t1.b + 3
select t1.*, t2.* from t1 natural join t2
select * from v1b
select * from (t3 cross join t4) natural join t1
select * from t1 join (t2, t3) using (b)
drop view v2a
drop view v2b
create table t1 (a1 int, a2 int)
insert into t4 values (1,3)
DESCRIBE tv1
select * from t1, t2, t3 where t3.a=t1.a and t2.a=t1.b
explain select * from t1, t2, t3 where t3.a=t1.a and t2.a=t1.b
select 'vv: Following query must use ALL(t1), eq_ref(A), eq_ref(B): vv' Z
select '^^: The above should be ~= 20 + cost(select * from t1). Value less than 20 is an error' Z
INSERT INTO t1 VALUES (1), (1), (1)
CREATE TABLE t1(a CHAR(9),b INT,KEY(b),KEY(a)) ENGINE=MYISAM
INSERT INTO t1 VALUES (214,0),(6,6)
CREATE ALGORITHM=MERGE VIEW v2 AS SELECT t1.f1, t2.f2 FROM (t2 LEFT JOIN t1 ON (t2.f2 <> t1.f1)) WHERE (t1.f2 <= 0 or t1.f2 is null)
SELECT f1 , MIN(f2) FROM v1 GROUP BY f1
INSERT INTO t2 VALUES (2,NULL)
insert into t1 values(1,'a')
insert into t2 values(1,'a', 1)
insert into t3 values(2,'b',2)
SELECT * FROM t5 DU, t1 D, t4 DT, t2 DSA, t3 DSAR\nWHERE DU.dog_id=D.dog_id AND D.dog_id=DT.dog_id AND D.birthday=DT.birthday AND\n      DT.t_id=DSA.t_id AND DT.birthday=DSA.birthday AND DSA.dog_id=DSAR.dog_id
SELECT * FROM t1 JOIN v2 ON i1 = i2 WHERE a < b
CREATE PROCEDURE p1() SELECT c FROM t1 JOIN (t2 LEFT JOIN t3 USING (a) LEFT JOIN t4 USING (a)\nLEFT JOIN t5 USING (a)) USING (a)
insert into t4 values (4), (7), (9), (5)
drop table t1,t2,t3,t4,s1,s2
CREATE TABLE t2 (b varchar(3), c varchar(3), INDEX(b)) ENGINE=MyISAM
INSERT INTO t2 VALUES ('bar', 'bar'),( 'qux', 'qux')
SELECT STRAIGHT_JOIN * FROM t1, t2 AS t2_1, t2 AS t2_2\n  WHERE t2_2.c = t2_1.c AND t2_2.b = t2_1.b AND ( a IS NULL OR t2_1.c = a )
insert into t10 values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)
create table t03(a int)
CREATE TABLE t3 (c INT PRIMARY KEY) ENGINE=MyISAM
INSERT INTO t1 VALUES(1, 'A')
SELECT STRAIGHT_JOIN LPAD(@rownum := @rownum + 1, 8, 0) AS str_num\n     , t1.t1_seq\n     , t2.t2_seq\n     , t1.c1\n     , t2.c2\n  FROM t1\n       INNER JOIN t2 ON (t1.t1_seq = t2.t1_seq)\n       CROSS JOIN ( SELECT @rownum := 0 ) X
insert into t1\nselect\n  seq, seq, seq,\n  FLOOR(seq/2),\n  'filler-data'\nfrom seq_1_to_10000
update t1 set pk1=1 where pk1 between 1 and 200
update t1 set a=12 WHERE a=11
INSERT INTO t1 (id) VALUES (1),(2),(3)
set @org_optimizer_switch=@@optimizer_switch
set @save_join_buffer_size=@@join_buffer_size
set @save_expensive_subquery_limit=@@expensive_subquery_limit
set @@optimizer_switch='semijoin_with_cache=on'
SELECT Country.Name, Country.Population, City.Name, City.Population\n  FROM Country LEFT JOIN City \n       ON City.Country=Country.Code AND\n          (City.Population > 5000000 OR City.Name LIKE 'Za%')\n  WHERE Country.Name LIKE 'C%' AND Country.Population > 10000000
EXPLAIN\nSELECT Country.Name, Country.Population, City.Name, City.Population \n  FROM Country LEFT JOIN City\n       ON City.Country=Country.Code AND City.Population > 5000000\n   WHERE Country.Name LIKE 'C%' AND Country.Population > 10000000
EXPLAIN\nSELECT Country.Name, Country.Population, City.Name, City.Population\n  FROM Country LEFT JOIN City \n       ON City.Country=Country.Code AND\n          (City.Population > 5000000 OR City.Name LIKE 'Za%')\n  WHERE Country.Name LIKE 'C%' AND Country.Population > 10000000
set join_buffer_size=256
EXPLAIN\nSELECT Name FROM City\n  WHERE City.Country IN (SELECT Code FROM Country WHERE Country.Name LIKE 'L%') AND\n        City.Population > 100000
set join_cache_level=7
ALTER TABLE Country ADD COLUMN PopulationBar text
CREATE INDEX t1_metaid on t1 (metaid)
CREATE INDEX t2_gid ON t2(gid)
CREATE TABLE t3(\n  mediaid int  NOT NULL ,\n  metaid int  NOT NULL default '0',\n  formatid int  NOT NULL default '0',\n  status int default NULL,\n  path varchar(100) NOT NULL default '',\n  datemodified timestamp NOT NULL default now(),\n  resourcetype int  NOT NULL default '1',\n  parameters text,\n  signature int  default NULL,\n  quality int  NOT NULL default '255',\n  PRIMARY KEY  (mediaid)\n)
CREATE INDEX t3_metaid ON t3(metaid)
INSERT INTO t3 VALUES\n  (6, 4, 8, 0, "010101_anastacia_spmidi.mid", "2004-03-16 13:40:00", 1, NULL, NULL, 255),\n  (3343, 3, 8, 1, "010102_4VN4bsPwnxRQUJW5Zp1RhG2IL9vvl_8.mid", "2004-03-16 13:40:00", 1, NULL, NULL, 255)
INSERT INTO t5 VALUES\n  (11, "Info", 0, 4), (13, "Digital Audio", 0, 2)
CREATE TABLE t8(\n  artistid int  NOT NULL ,\n  name varchar(80) NOT NULL default '',\n  PRIMARY KEY  (artistid)\n)
CREATE TABLE t2 (\n  a2 int, b2 int, filler2 char(64) default ' ', \n  PRIMARY KEY idx(a2,b2,filler2)\n)
CREATE TABLE t2 (a int, b int, INDEX idx(a))
INSERT INTO t2 VALUES (7,10), (1,20), (2,20), (8,20), (8,10), (1,20)
SELECT * FROM t1,t2 WHERE t1.a=t2.a AND t1.b >= 30
create table t1(a int PRIMARY KEY, b int)
explain\nselect t1.a, count(t2.p) as count\n  from t1 left join t2 on t1.a=t2.a and t2.p % 2 = 1 group by t1.a
insert into t2 values (1, 101), (3, 102), (1, 100)
select * from t1 left join t2 on (1=0)
INSERT INTO t2(b,c) VALUES (10000, 3), (20000, 7), (20000, 1), (10000, 9), (20000, 5)
SELECT AVG(c) FROM t1,t2 WHERE t1.a=t2.b
insert into t2 values (1,1, 'qwerty'),(1,2, 'qwerty'),(1,3, 'qwerty')
insert into t3 values\n  (14000, 'dddd'), (13000, 'ddd'), (11000, 'd'), (18000, 'dddddddd'),\n  (14001, 'dddd'), (13001, 'ddd'), (11001, 'd'), (18001, 'dddddddd'),\n  (4002, 'dddd'), (3002, 'ddd'), (1002, 'd'), (8002, 'dddddddd')
insert into t4 values\n  (1200, 'cc'), (1600, 'cccccc'), (1300, 'ccc'), (1500, 'ccccc'),\n  (1201, 'cc'), (1601, 'cccccc'), (1301, 'ccc'), (1501, 'ccccc'),\n  (1202, 'cc'), (1602, 'cccccc'), (1302, 'ccc'), (1502, 'ccccc')
CREATE TABLE t1 (\n  id1 bigint(20) DEFAULT NULL,\n  id2 bigint(20) DEFAULT NULL,\n  id3 bigint(20) DEFAULT NULL,\n  num1 bigint(20) DEFAULT NULL,\n  num2 int(11) DEFAULT NULL,\n  num3 bigint(20) DEFAULT NULL\n)
CREATE TABLE t3 (\n  id4 bigint(20) NOT NULL DEFAULT '0',\n  text1 text,\n  PRIMARY KEY (id4)\n)
SELECT STRAIGHT_JOIN t1.id1, t1.num3, t3.text1, t3.id4, t2.id3, t4.dummy\n  FROM t1 JOIN  t2 JOIN  t3 JOIN  t4 JOIN  t5 \n    WHERE t1.id1=t5.id1 AND t1.id2=t5.id2 and  t4.id2=t1.id2 AND\n          t5.enum2='Active' AND t3.id4=t2.id4 AND t2.id3=t1.id3 AND t3.text1<'D'
CREATE TABLE t1 (\n  `pk` int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY\n)
INSERT INTO t3 VALUES\n(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),\n(16),(17),(18),(19),(20)
INSERT INTO t1 VALUES\n(0),(2),(2),(2),(3),(4),(5),(5),(6),(6),(8),(8),(9),(9)
CREATE TABLE t1 (\n  i int(11) NOT NULL,\n  v varchar(1) DEFAULT NULL,\n  PRIMARY KEY (i)\n)
CREATE TABLE t2 (\n  i int(11) NOT NULL,\n  v varchar(1) DEFAULT NULL,\n  PRIMARY KEY (i)\n)
CREATE TABLE t3 (a int(11) primary key, b varchar(1))
INSERT INTO t1 VALUES (1,11),(1,12),(2,13)
CREATE TABLE t4 (\n  carrier_id int,\n  INDEX carrier_id(carrier_id)\n)
INSERT INTO t2 VALUES\n  (100,NULL),(150,200),(50,150),(250,350),(180,210),(100,150),\n  (101,NULL),(151,200),(51,150),(251,350),(181,210),(101,150)
explain SELECT t2.a FROM t1 LEFT JOIN t2 ON t2.b  = t1.b
CREATE TABLE t1 (b varchar(100))
CREATE TABLE t2 (a int, b varchar(100), KEY (b))
CREATE TABLE t3 (\n  i int NOT NULL,\n  j int NOT NULL,\n  d date NOT NULL,\n  t time NOT NULL,\n  v varchar(1) NOT NULL,\n  u varchar(1) NOT NULL,\n  INDEX idx (v)\n)  COLLATE=latin1_bin
INSERT INTO t1 VALUES\n  (10,8,'v'), (11,8,'f'), (13,8,'s'), (14,8,'a'),\n  (15,6,'p'), (16,7,'z'), (17,2,'a'), (18,5,'h'), (19,7,'h'),\n  (25,3,'m'), (26,5,'a'), (27,9,'n'), (28,1,'d'), (29,107,'a')
CREATE TABLE t2 (\n  pk int NOT NULL, i int NOT NULL, v varchar(1) NOT NULL,\n  PRIMARY KEY (pk), INDEX idx1(i), INDEX idx2(v,i)\n) COLLATE latin1_bin
SELECT t2.v FROM t1, t2, t3 \nWHERE t3.v <> t2.v AND t3.pk = t2.i AND t1.v = t3.v AND t1.pk*2<100 \n GROUP BY t2.v ORDER BY t1.pk,t2.v
CREATE TABLE t2 (\n  cu varchar(10) CHARACTER SET utf8 DEFAULT NULL,\n  i int DEFAULT NULL,\n  cl varchar(10) CHARACTER SET latin1 DEFAULT NULL,\n  INDEX cu (cu),\n  INDEX cl (cl)\n)
CREATE TABLE t1 (\n  pk int PRIMARY KEY,\n  v varchar(10) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,\n  INDEX idx (v)\n)
INSERT INTO t1 VALUES\n  (1,'abcdefjhjk'), (2,'i'),(3,'abcdefjhjk'), (4,'well'), (5,'abcdefjhjk'),\n  (6,'abcdefjhjk'), (7,'that')
CREATE TABLE t2 (\n  pk int PRIMARY KEY,\n  i int DEFAULT NULL,\n  v varchar(1000) CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL,\n  INDEX idx (v)\n)
INSERT INTO t2 VALUES \n (1,6,'yes'), (2,NULL,'will'), (3,NULL,'o'), (4,NULL,'k'), (5,NULL,'she'),\n (6,-1450835968,'abcdefjhjkl'), (7,-975831040,'abcdefjhjkl'), (8,NULL,'z'),\n (10,-343932928,'t'),\n (11,6,'yes'), (12,NULL,'will'), (13,NULL,'o'), (14,NULL,'k'), (15,NULL,'she'),\n (16,-1450835968,'abcdefjhjkl'), (17,-975831040,'abcdefjhjkl'), (18,NULL,'z'),\n (19,-343932928,'t')
CREATE TABLE t3 (\n  pk int NOT NULL PRIMARY KEY,\n  i int,\n  v varchar(1024) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT NULL,\n  INDEX idx (v(333))\n)
SELECT t3.i FROM t1,t2,t3\n  WHERE t1.v = t2.v AND t3.v = t1.v AND t2.i <> 0
INSERT INTO t2 VALUES \n  (10, 'a'), (20, 'c'), (30, 'aa'), (4, 'bb'),\n  (11, 'a'), (21, 'c'), (31, 'aa'), (41, 'cc'),\n  (12, 'a'), (22, 'c'), (32, 'bb'), (42, 'aa')
INSERT INTO t2 VALUES (5,'h',100), (NULL,'j',200)
SET SESSION optimizer_switch = 'outer_join_with_cache=on'
INSERT INTO t2 VALUES ('f'),('x')
SELECT * FROM t2 LEFT JOIN t1 ON t2.a <> 0 WHERE t1.a <> 0 OR t2.pk < 9
INSERT INTO t1 VALUES (7,8,0), (6,4,0)
CREATE TABLE t3 (a3 int, b3 int, c3 int, PRIMARY KEY (b3))
SELECT * FROM\n  t1 LEFT JOIN \n  ((t2 JOIN t3 ON t2.a2 = t3.b3) JOIN t4 ON t4.b4 <> 0) ON t1.c1 = t3.c3\n   WHERE t3.a3 IS NULL
CREATE TABLE t1 (a1 int)
CREATE TABLE t3 (a3 int PRIMARY KEY, b3 varchar(32))
INSERT INTO t3 VALUES (7,'s')
CREATE TABLE t5(a5 int PRIMARY KEY, b5 int)
SET SESSION optimizer_switch = 'index_condition_pushdown=on'
SET SESSION optimizer_switch='index_merge_sort_intersection=off'
SELECT * FROM t1,t2 \n  WHERE t2.f3 = t1.f2 AND t1.f1 IN (9, 0 ,100) ORDER BY t1.f2 LIMIT 1
CREATE TABLE t2 (a int, b int, INDEX idx (a))
CREATE TABLE t1 (v varchar(1))
INSERT IGNORE INTO t1 VALUES (0), (1), (0)
SELECT * FROM (SELECT DISTINCT * FROM t1) t\n  WHERE t.a  IN (SELECT t2.a FROM t2)
CREATE TABLE t2 (c int, KEY (c))
set @@optimizer_switch=@tmp_optimizer_switch
set @@optimizer_switch='outer_join_with_cache=off'
SELECT * FROM (SELECT t1.* FROM t1, t2) t WHERE t.a IN (SELECT * FROM t3)
INSERT INTO t2 VALUES (8,10)
CREATE TABLE t3 (c int, d int)
INSERT INTO t3 VALUES (9,11)
INSERT INTO t4 VALUES\n  (9,1,0), (7,2,8), (2,3,5), (4,2,9), (8,3,8), (3,4,1), (5,5,4)
create table t2 (uid int primary key, name varchar(128), index(name))
set @@optimizer_switch='materialization=off'
insert into t4 values \n  (1, "A"), (2, "B"), (3, "C"), (4, "D"), (5, "E"),\n  (6, "F"), (7, "G"), (8, "H"), (9, "I")
set @@optimizer_switch='semijoin=off'
EXPLAIN\nSELECT * FROM t1\n  WHERE a IN (SELECT t2.a FROM t2 LEFT JOIN t3 ON t2.b = t3.b \n                WHERE t2.c < 10 OR t3.c > 1)
SELECT * FROM t1\n  WHERE a IN (SELECT t2.a FROM t2 LEFT JOIN t3 ON t2.b = t3.b\n                WHERE t2.c < 10 OR t3.c > 1)
set join_buffer_space_limit=@save_join_buffer_space_limit
set @@optimizer_switch = 'outer_join_with_cache=on,join_cache_incremental=on'
SELECT 1 AS c FROM t1 NATURAL LEFT JOIN t2 LEFT OUTER JOIN t3 ON 1\n  GROUP BY elt(t1.col282,1,t1.col280)
create table t0 (a int primary key) engine=myisam
select timestampdiff(second, @init_time, now()) <= 5
INSERT INTO t1 VALUES\n  (1),(2),(3),(4),(5),(6),(7),(8)
INSERT INTO t1 SELECT i1+8 FROM t1
set @@optimizer_switch = 'join_cache_hashed=on,optimize_join_buffer_size=on'
DROP TABLE t1,t2,temp
explain select count(*) from t1, t1 t2 where t1.a=t2.a
SET join_cache_level = 3
CREATE TABLE t2 (b int, c int) ENGINE=MyISAM
create table t2 (a int, b int, c int, primary key (c,a,b)) engine=myisam
set @org_join_buffer_size=@@join_buffer_size
CREATE TABLE t (f VARCHAR(16384)) ENGINE=MyISAM CHARACTER SET utf8
INSERT INTO t4 select seq from seq_1_to_3000
CREATE TABLE t2 (c int, d int) ENGINE=MyISAM
CREATE TABLE t2 (a varchar(100), b varchar(100), c varchar(10) , KEY b (b(66)))
CREATE TABLE t3(a INT, b INT, c INT, key (a,b))
INSERT INTO t3 select a, a, a FROM t1
explain select *\nfrom t1, t2\nwhere t1.a=t2.a and t1.a=t2.b and t1.c=t2.c
drop table t1_t2
CREATE TABLE t2 (i int PRIMARY KEY)engine=innodb
SET optimizer_switch='optimize_join_buffer_size=on'
INSERT INTO t1 VALUES (206,0,'Web Site',96,NULL,NULL,NULL,'')
INSERT INTO t1 VALUES (203,0,'Print Bid',93,NULL,NULL,NULL,'')
set join_cache_level=@join_cache_level_for_join_nested_test
CREATE TABLE t6 (a int, b int, c int)
SELECT t2.a,t2.b,t3.a,t3.b,t4.a,t4.b\n  FROM t2\n       LEFT JOIN              \n       (t3, t4)\n       ON t2.b=t4.b
EXPLAIN EXTENDED\nSELECT t2.a,t2.b,t3.a,t3.b,t4.a,t4.b\n  FROM t2\n       LEFT JOIN              \n       (t3, t4)\n       ON t2.b=t4.b\n    WHERE t3.a=1 OR t3.c IS NULL
SELECT t2.a,t2.b,t3.a,t3.b,t4.a,t4.b\n  FROM t2\n       LEFT JOIN              \n       (t3, t4)\n       ON t2.b=t4.b\n    WHERE t3.a=1 OR t3.c IS NULL
SELECT t2.a,t2.b,t3.a,t3.b,t4.a,t4.b\n  FROM t2\n       LEFT JOIN              \n       (t3, t4)\n       ON t2.b=t4.b\n    WHERE t3.a>1 OR t3.c IS NULL
SELECT t3.a,t3.b,t4.a,t4.b,t5.a,t5.b\n  FROM t3,t4,t5
SELECT t2.a,t2.b,t3.a,t3.b,t4.a,t4.b,t5.a,t5.b\n  FROM t2\n       LEFT JOIN              \n       (t3, t4, t5)\n       ON t2.b=t4.b
EXPLAIN EXTENDED\nSELECT t2.a,t2.b,t3.a,t3.b,t4.a,t4.b,t5.a,t5.b\n  FROM t2\n       LEFT JOIN              \n       (t3, t4, t5)\n       ON t2.b=t4.b\n    WHERE t3.a>1 OR t3.c IS NULL
EXPLAIN EXTENDED\nSELECT t2.a,t2.b,t3.a,t3.b,t4.a,t4.b,t5.a,t5.b\n  FROM t2\n       LEFT JOIN              \n       (t3, t4, t5)\n       ON t2.b=t4.b\n    WHERE (t3.a>1 OR t3.c IS NULL) AND \n          (t5.a<3 OR t5.c IS NULL)
SELECT t5.a,t5.b,t6.a,t6.b,t7.a,t7.b,t8.a,t8.b\n  FROM t5 \n       LEFT JOIN \n       ( \n         (t6, t7)\n         LEFT JOIN \n         t8\n         ON t7.b=t8.b AND t6.b < 10\n       )\n       ON t6.b >= 2 AND t5.b=t7.b AND\n          (t8.a < 1 OR t8.c IS NULL)
SELECT t1.a,t1.b,t2.a,t2.b,t3.a,t3.b,t4.a,t4.b,\n       t5.a,t5.b,t6.a,t6.b,t7.a,t7.b,t8.a,t8.b\n  FROM t1\n       LEFT JOIN                \n       ( \n         t2\n         LEFT JOIN              \n         (t3, t4)\n         ON t3.a=1 AND t2.b=t4.b,\n         t5 \n         LEFT JOIN \n         ( \n           (t6, t7)\n           LEFT JOIN \n           t8\n           ON t7.b=t8.b AND t6.b < 10\n         )\n         ON t6.b >= 2 AND t5.b=t7.b \n       )\n       ON (t3.b=2 OR t3.c IS NULL) AND (t6.b=2 OR t6.c IS NULL) AND\n          (t1.b=t5.b OR t3.c IS NULL OR t6.c IS NULL or t8.c IS NULL) AND\n          (t1.a != 2)
SELECT t1.a,t1.b,t2.a,t2.b,t3.a,t3.b,t4.a,t4.b\n  FROM t1, (t3, t4) \n       RIGHT JOIN              \n       t2\n       ON t3.a=1 AND t2.b=t4.b\n    WHERE t1.a <= 2
INSERT INTO t4 VALUES (-3,12,0), (-4,13,0), (-1,11,0), (-3,11,0), (-5,15,0)
CREATE INDEX idx_b ON t4(b)
EXPLAIN EXTENDED\nSELECT t0.a,t0.b,t1.a,t1.b,t2.a,t2.b,t3.a,t3.b,t4.a,t4.b,\n       t5.a,t5.b,t6.a,t6.b,t7.a,t7.b,t8.a,t8.b,t9.a,t9.b\n  FROM t0,t1\n       LEFT JOIN                \n       ( \n         t2\n         LEFT JOIN              \n         (t3, t4)\n         ON t3.a=1 AND t2.b=t4.b AND t2.a>0 AND t4.a>0,\n         t5 \n         LEFT JOIN \n         ( \n           (t6, t7)\n           LEFT JOIN \n           t8\n           ON t7.b=t8.b AND t6.b < 10\n         )\n         ON t6.b >= 2 AND t5.b=t7.b AND t5.a>0 \n       )\n       ON (t3.b=2 OR t3.c IS NULL) AND (t6.b=2 OR t6.c IS NULL) AND\n          (t1.b=t5.b OR t3.c IS NULL OR t6.c IS NULL or t8.c IS NULL) AND\n          (t1.a != 2),\n       t9\n     WHERE t0.a=1 AND\n           t0.b=t1.b AND          \n           (t2.a >= 4 OR t2.c IS NULL) AND\n           (t3.a < 5 OR t3.c IS NULL) AND\n           (t3.b=t4.b OR t3.c IS NULL OR t4.c IS NULL) AND\n           (t5.a >=2 OR t5.c IS NULL) AND\n           (t6.a >=4 OR t6.c IS NULL) AND\n           (t7.a <= 2 OR t7.c IS NULL) AND\n           (t8.a < 1 OR t8.c IS NULL) AND\n           (t8.b=t9.b OR t8.c IS NULL) AND\n           (t9.a=1)
SELECT t2.a,t2.b,t3.a1,t3.b\n  FROM t2 NATURAL LEFT JOIN t3\n    WHERE t2.a = 4 OR (t2.a > 4 AND t3.a1 IS NULL)
DROP TABLE t0,t1,t2,t3,t4,t5,t6,t7,t8,t9
INSERT INTO t2 VALUES (NULL), (0), (1), (2), (3), (4), (5), (6), (7), (8), (9),\n(10), (11), (12), (13), (14), (15), (16), (17), (18), (19)
INSERT INTO t3 VALUES (0), (1), (2), (3), (4), (5)
CREATE TABLE t2 (c21 int)
CREATE TABLE t1 (goods int(12) NOT NULL, price varchar(128) NOT NULL)
CREATE TABLE t2 (goods int(12), name varchar(50), shop char(2))
CREATE TABLE t2(b int)
SELECT v2.e FROM v2 JOIN t2 ON e=b JOIN t3 ON e=c JOIN t4 USING(d)
create table t3 (id3 char(16) not null)
insert into t2 values (1,1), (2,2), (3,3)
explain select * from t2 left join\n  (t3 left join (t4 join t6 on t6.a=t4.b) on t4.a=t3.b \n   join t5 on t5.a=t3.b) on t3.a=t2.b
CREATE TABLE t2 (pid int NOT NULL PRIMARY KEY, type varchar(10))
CREATE TABLE t2 (id1 int PRIMARY KEY, id2 int)
CREATE TABLE t1 (\n  id int NOT NULL PRIMARY KEY,\n  ct int DEFAULT NULL,\n  pc int DEFAULT NULL,\n  INDEX idx_ct (ct),\n  INDEX idx_pc (pc)\n)
SELECT c FROM t1 JOIN (t2 JOIN t3 USING (a) JOIN t4 USING (a)\nJOIN t5 USING (a)) USING (a)
CREATE TABLE t3 (a INT, b INT)
CREATE TABLE t1 (\n  carrier char(2) default NULL,\n  id int NOT NULL auto_increment PRIMARY KEY\n)
CREATE TABLE t1 (\n  pk int NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  a int DEFAULT NULL,\n  KEY idx(a)\n)
SELECT t1.pk, t1.a, t2.pk, t2.a,t3.pk, t3.a \n  FROM t1 LEFT JOIN (t2 LEFT JOIN t3 ON t3.a=t2.a) ON t2.a=t1.a\n  WHERE t2.pk IS NULL
INSERT INTO t2 VALUES (9)
CREATE TABLE t1 (f1 int,f2 int,f3 int,f4 int)
INSERT IGNORE INTO t1 VALUES (0,0,2,0),(NULL,0,2,0)
CREATE TABLE t5 (f2 int)
SELECT alias2.f4  FROM t1  AS alias1\nLEFT    JOIN t1  AS alias2\n        LEFT  JOIN t2  AS alias3\n        LEFT  JOIN t3  AS alias4  ON alias3.f1 = alias4.f3\n        ON alias2.f1\nLEFT    JOIN t4  AS alias5\n        JOIN t5  ON alias5.f5\nON alias2.f3  ON alias1.f2
INSERT INTO t1 VALUES\n  (1,'T1Row1'), (2,'T1Row2')
CREATE TABLE t1 (i1 int, c1 varchar(20), pk int) engine=myisam
SET @save_optimizer_search_depth= @@optimizer_search_depth
CREATE TABLE t1 (c1 VARCHAR(64) DEFAULT NULL, c2 VARCHAR(8) DEFAULT NULL)
SET optimizer_search_depth= @save_optimizer_search_depth
INSERT INTO t6 VALUES (-1,12,0), (-3,13,0), (-6,11,0), (-4,14,0)
INSERT INTO t6 VALUES (3,3,0)
EXPLAIN\nSELECT t5.a,t5.b,t6.a,t6.b,t7.a,t7.b,t8.a,t8.b\n  FROM t5 LEFT JOIN                \n       (t6 LEFT JOIN t7 ON t7.b=2, t8)\n       ON (t5.b=t8.b)
INSERT INTO t3 select @pk:=@pk+1, 'system', t1.a from t1
CREATE INDEX groups_t ON t3(type)
CREATE INDEX groups_td ON t3(type, domain)
insert into t1()  values (),(),()
drop table if exists t0,t1,t2,t3,t4,t5
INSERT INTO t1 VALUES (1,1,'a'),(2,2,'b'),(2,3,'c'),(3,4,'E'),(3,5,'C'),(3,6,'D'),(NULL,NULL,'')
select t1.*,t2.*,t3.a from t1 left join t2 on (t1.a=t2.a) left join t1 as t3 on (t2.a=t3.a)
select t1.*,t2.* from t1 inner join t2 using (a)
CREATE TABLE t2 (\n id INT unsigned NOT NULL DEFAULT 0,\n usr2_id INT unsigned NOT NULL DEFAULT 0,\n max INT unsigned NOT NULL DEFAULT 0,\n c_amount INT unsigned NOT NULL DEFAULT 0,\n d_max INT unsigned NOT NULL DEFAULT 0,\n d_num INT unsigned NOT NULL DEFAULT 0,\n orig_time INT unsigned NOT NULL DEFAULT 0,\n c_time INT unsigned NOT NULL DEFAULT 0,\n active ENUM ("no","yes") NOT NULL,\n PRIMARY KEY (id,usr2_id),\n INDEX id_idx (id),\n INDEX usr2_idx (usr2_id)\n)
SELECT t1.usr_id,t1.uniq_id,t1.increment,\nt2.usr2_id,t2.c_amount,t2.max\nFROM t2\nRIGHT JOIN t1 ON t2.id = t1.uniq_id\nWHERE t1.uniq_id = 4\nORDER BY t2.c_amount
SELECT t1.usr_id,t1.uniq_id,t1.increment,t2.usr2_id,t2.c_amount,t2.max FROM t1 LEFT JOIN t2 ON t2.id = t1.uniq_id WHERE t1.uniq_id = 4 ORDER BY t2.c_amount
INSERT INTO t2 VALUES (10360,12,333,0)
INSERT INTO t2 VALUES (11411,30,10,0)
INSERT INTO t2 VALUES (11404,0,0,0)
INSERT INTO t2 VALUES (11406,11,11,0)
INSERT INTO t2 VALUES (11410,11410,131,0)
INSERT INTO t2 VALUES (11416,11416,32767,0)
CREATE TABLE t3 (\n  id int(11) NOT NULL auto_increment,\n  dni_pasaporte char(16) DEFAULT '' NOT NULL,\n  idPla int(11) DEFAULT '0' NOT NULL,\n  cod_asig int(11) DEFAULT '0' NOT NULL,\n  any smallint(6) DEFAULT '0' NOT NULL,\n  quatrimestre smallint(6) DEFAULT '0' NOT NULL,\n  estat char(1) DEFAULT 'M' NOT NULL,\n  PRIMARY KEY (id),\n  UNIQUE dni_pasaporte (dni_pasaporte,idPla),\n  UNIQUE dni_pasaporte_2 (dni_pasaporte,idPla,cod_asig,any,quatrimestre)\n)
INSERT INTO t3 VALUES (1,'11111111',1,10362,98,1,'M')
INSERT INTO t4 VALUES (3,-1,10362,1)
CREATE TABLE t1 (\n  id smallint(5) unsigned NOT NULL auto_increment,\n  name char(60) DEFAULT '' NOT NULL,\n  PRIMARY KEY (id)\n)
select t1.name, t2.name, t2.id from t2 right join t1 on (t1.id = t2.owner) where t2.id is null
explain select t1.name, t2.name, t2.id from t2 right join t1 on (t1.id = t2.owner) where t2.id is null
explain select t1.name, t2.name, t2.id from t2 right join t1 on (t1.id = t2.owner) where t2.name is null
select count(*) from t2 right join t1 on (t1.id = t2.owner)
explain select * from t3 left join t4 on t4.seq_1_id = t2.t2_id left join t1 on t1.t1_id = t4.seq_0_id left join t5 on t5.seq_0_id = t1.t1_id left join t2 on t2.t2_id = t5.seq_1_id where t3.t3_id = 23
create table t2 (n int not null, m int, o int, primary key(n))
select t1.*, t2.* from t1 left join t2 on t1.n = t2.n and\nt1.m = t2.m where t1.n = 1
insert into t1 values ( 'red', 'apple' )
create table t2 ( count int, color varchar(20) )
create index rep_del ON t1(rep_del)
INSERT INTO t1 VALUES (1,'yes'),(2,'no')
SELECT * FROM t1 LEFT JOIN t2 ON (t1.bug_id =  t2.bug_id AND  t2.who = 2) WHERE  (t1.reporter = 2 OR t2.who = 2)
explain select * from t2 left join t1 on t1.fooID = t2.fooID and t1.fooID = 30
select * from t1 natural left join t2 where (t2.i is not null) is not null
create table t2 (b1 int not null, b2 int)
insert into t1 values("1", "2")
explain select s.*, '*', m.*, (s.match_1_h - m.home) UUX from \n  t2 s straight_join t1 m where m.match_id = 1 \n  order by UUX desc
select s.*, '*', m.*, (s.match_1_h - m.home) UUX from \n  t2 s straight_join t1 m where m.match_id = 1 \n  order by UUX desc
INSERT INTO t2 VALUES("10", "SV", "10-SV")
SELECT t1.id, t1.text_id, t2.text_data\n  FROM t1 LEFT JOIN t2\n               ON t1.text_id = t2.text_id\n                  AND t2.language_id = 'SV'\n  WHERE (t1.id LIKE '%' OR t2.text_data LIKE '%')
EXPLAIN SELECT * FROM t1 LEFT JOIN t2 ON a1=0
INSERT INTO t1 VALUES (1,1), (2,1), (3,1), (4,2)
INSERT INTO t2 VALUES (1,2), (2,2)
create table t2 (a int, c varchar(20))
insert t2 values (1, -5, -8, 1), (1, 1, 1, 1), (1, 2, 2, 1)
CREATE TABLE t2 (EMPNUM INT, NAME CHAR(5))
INSERT INTO t2 VALUES (9, 'BARRY')
SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.a WHERE t2.b <= t1.a AND t1.a <= t1.b
SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.a WHERE t1.a = t2.a AND (t2.b > t1.a OR t1.a > t1.b)
SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.a WHERE t1.a IN(t2.a, t2.b)
SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.a WHERE NOT(t1.a IN(t1.b, t2.b))
EXPLAIN SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.a WHERE t1.a IN(t2.a, t2.b)
CREATE VIEW v1 AS SELECT a FROM t1 JOIN t2 ON t1.a=t2.b
SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.b WHERE (1=1)
SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.b WHERE (0 OR 1)
CREATE TABLE t1 (id int PRIMARY KEY, a varchar(8))
CREATE TABLE t1(f1 INT, f2 INT, f3 INT)
INSERT INTO t2 VALUES\n(5),(3),(0),(3),(1),(0),(1),(7),(1),(0),(0),(8),(4),(9),(0),(2),(0),(8),(5),(1)
CREATE TABLE t1 (pk INT PRIMARY KEY, \n                 col_int INT, \n                 col_int_unique INT UNIQUE KEY)
CREATE TABLE t2 (pk INT PRIMARY KEY,\n                 col_int INT,\n                 col_int_unique INT UNIQUE KEY)
CREATE TABLE t3 (i INT NOT NULL)
INSERT INTO t3 VALUES (0),(1),(2),    (4)
INSERT INTO t4 VALUES (0),(1),(2),(3)
SELECT * FROM\n t1 LEFT JOIN\n ( t2 LEFT JOIN\n   ( t3 LEFT JOIN\n     t4\n     ON t4.i = t3.i\n   )\n   ON t3.i = t2.i\n )\n ON t2.i = t1.i\n WHERE t4.i IS NULL
CREATE TABLE k (pk INT NOT NULL, col_int_key INT)
execute prep_stmt_9846
create table t1 (pk int not null primary key, a int not null)
select t2.pk, \n      (select t3.pk+if(isnull(t4.pk),0,t4.pk)\n         from t3 left join t4 on t4.pk=t3.pk \n           where t3.pk=t2.pk+1000 limit 1 ) as t\n  from t1,t2 \n    where t2.pk=t1.pk+1000 and t1.pk>1000\n  group by t2.pk
insert into t3 values (1, 100), (3, 301), (4, 402), (1, 102), (1, 101)
select sum(t3.b) from t1 left join t3 on t3.a=t1.a and t1.a is not null
INSERT INTO t2 VALUES (20,1),(10,2)
CREATE TABLE t3(c INT)
SELECT * FROM t2 RIGHT JOIN t3 ON(c = b) WHERE b not in (SELECT a FROM t1 WHERE a <= 7)
INSERT INTO t1 VALUES (1,'b')
SELECT t2.b\nFROM t1 LEFT JOIN t2 ON t1.c = t2.a AND ( t2.b , t1.b ) IN (SELECT * from t3)
CREATE TABLE t1 (i1 INT, d1 DATE NOT NULL)
SELECT * FROM t1 LEFT JOIN t2 ON i1 = j2 WHERE d1 IS NULL AND 1 OR i1 = i2
CREATE TABLE t1 (a1 int, b1 int NOT NULL) ENGINE=MyISAM
CREATE TABLE t2 (dt datetime NOT NULL, a2 int, b2 int) ENGINE=MyISAM
INSERT INTO t3 VALUES (3),(8)
insert into t2 select \n  @a:=A.a + 10*B.a+100*C.a,\n  IF(@a<900, NULL, @a),\n  IF(@a<500, NULL, @a)\nfrom t1 A, t1 B, t1 C
INSERT INTO t1 VALUES (6, 6)
CREATE TABLE t2(i2 int primary key, v2 int, key(v2))
INSERT INTO t2 VALUES (9, 9)
INSERT INTO t3 VALUES (2, 2)
CREATE TABLE t1 (b1 BIT NOT NULL)
create table t2(sid int, id int)
select * from t1 t\n left join (select * from t2 where sid in (select max(sid) from t2 where 0=1 group by id)) r\n on t.id=r.id
INSERT INTO t1 VALUES\n  (8,3,'c','c'),(9,4,'z','z'),(10,3,'i','i'),(11,186,'x','x'),\n  (14,226,'m','m'),(15,133,'p','p')
INSERT INTO t2 VALUES (10,6,'p','p')
SELECT STRAIGHT_JOIN DISTINCT t2.v2\nFROM\n  (t1 as tb1 LEFT JOIN t1 AS tb2 ON tb2.v1 = tb1.v2)\n  RIGHT JOIN\n  (t2,t1)\n  ON t1.pk = t2.pk AND t2.v2 = tb1.v1\nWHERE tb1.pk = 40\nORDER BY tb1.i1
drop table t1,t2,t3,t4,t5,t6
set histogram_size=100
analyze table t3 persistent for all
CREATE VIEW v4 AS SELECT * FROM t4
insert into t1 (Election) values (1)
create table t30 (c int)
select * from v20 limit 9
drop view v10, v20
insert into t2 values (3),(7),(1)
create table t0(c0 real)
CREATE TABLE t1 (id int(11) NOT NULL PRIMARY KEY, name varchar(20),\n                 INDEX (name)) ENGINE=InnoDB
INSERT INTO t1 VALUES (1,'A1'),(2,'A2'),(3,'B')
EXPLAIN\nSELECT COUNT(*) FROM t2 LEFT JOIN t1 ON t2.fkey = t1.id \n  WHERE t1.name LIKE 'A%' OR FALSE
INSERT INTO t1 VALUES (NULL,1,1), (6,2,2), (5,3,3), (NULL,4,4)
SELECT STRAIGHT_JOIN t1.a FROM t1 RIGHT JOIN t2 ON t1.b = t2.b\n  WHERE (t1.b NOT BETWEEN 1 AND 7 OR t1.a IS NULL AND t1.b = t2.b) AND t2.b = 4\nGROUP BY 1
CREATE TABLE t4 (\n  pk int(11) NOT NULL,\n  col_int int(11) DEFAULT NULL,\n  col_int_key int(11) DEFAULT NULL,\n  col_varchar_10_latin1_key varchar(10) DEFAULT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=latin1
INSERT INTO t6 VALUES (1,'1',1)
CREATE TABLE t1 (\n  a1 int NOT NULL, a2 int NOT NULL, a3 int DEFAULT NULL, a4 tinyint NOT NULL,\n  a5 int NOT NULL, a6 tinyint NOT NULL, a7 tinyint(4) DEFAULT NULL,\n  a8 smallint(6) DEFAULT NULL, a9 smallint(6) DEFAULT NULL, a10 tinyint NOT NULL,\n  PRIMARY KEY (a1), KEY a2 (a2), KEY a3 (a3), KEY a4 (a4), KEY a6 (a6),\n  KEY a5 (a5), KEY a7 (a7), KEY a8 (a8), KEY a9 (a9)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8
INSERT INTO t5 VALUES\n  (5684,'51a5de7a9f56314e082094d78f58be082c3cf0c1'),\n  (5685,'754dc8292cb9f5eb9ade126fe7e961c62412a349'),\n  (5686,'75eeb33f1c819bac21f6d023b4c5b24185eeda5c')
CREATE TABLE t16 (\n  p1 smallint NOT NULL, p2 varchar(7) NOT NULL, p3 varchar(64) NOT NULL,\n  PRIMARY KEY (p1,p2)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8
INSERT INTO t16 VALUES\n  (1,'a','66bdbb389456f3ae97206da115a7b397c31400e8'),\n  (1,'b','66bdbb389456f3ae97206da115a7b397c31400e8'),\n  (3,'a','386c10e454278c6e27feb16258089166422f79b4'),\n  (3,'b','386c10e454278c6e27feb16258089166422f79b4')
set @mdev4270_osd= @@optimizer_search_depth
CREATE  TABLE t1 (c1 INT, c2 INT, c3 INT, PRIMARY KEY (c1,c2) ) engine=innodb
UPDATE t1 LEFT JOIN t2 ON t1.c1 = t2.c2 AND t2.c1 = 3 SET t1.c3 = RAND()*10
SET debug_dbug='+d,json_check_min_stack_requirement'
SET @json2= '{"key1":"val1"}'
select json_equals("{}", NULL)
insert into t1 values (UNHEX('22CA22'))
create table t1 (json json)
insert into t1 values\n('{  }'),\n('[  ]'),\n('{ "foo" : "bar" }'),\n('{ "foo" : "bar", "baz" : "whatever" }'),\n('[ 1.2, 0.0, "text", 0, null, true, false ]'),\n('[ "string", { "key" : "val", "a" : "b", "c" : [ 10, 9, 8, "seven", 11 ] }]'),\n('{ "ăț€": "val1", "âț€":"val2" }')
insert into t2 SELECT * FROM t1
select t2.text, hex(t2.text) from t2
select concat_ws(' ', json_normalize(t1.text), json_normalize(t1.text)) from t1
SELECT @k := JSON_NORMALIZE(@j)
SET @j2='{"a": "string", "a": 123, "a": false, "a": true, "a": null}'
SELECT JSON_EQUALS(@j, @j2) as je
INSERT INTO t1 VALUES ('keyword','urlprefix','text/ /text')
INSERT IGNORE INTO t1 VALUES (900,'Vancouver','Shared/Roomate','','','','')
INSERT INTO t1 VALUES (900,'Vancouver','Shared/Roomate','Y','Y','Y','Y')
INSERT INTO t1 VALUES\n('patnom','patauteur',0,'p.favre@cryo-networks.fr',NULL,NULL,'#p2sndnq6ae5g1u6t','essai salut','scol://195.242.78.119:patauteur.patnom',NULL,NULL,NULL,950036174,-882087474,NULL,3,0,3,'1','Pub/patnom/futur_divers.scs',NULL,'pat','CC1')
INSERT t1 VALUES(NULL,'[T,U]_axpby')
INSERT INTO t1 VALUES (1, 1, 1, 1, 'b')
create table t1 (a int not null unique, b int unique, c int, d int not null primary key, key(c), e int not null unique)
INSERT INTO t1 (c) VALUES ('a'),('a')
select i from t1 where a=repeat(_utf8 0xD0B1,200)
explain select 1 from t1 where id =2 or id=3
ALTER TABLE t1 DROP PRIMARY KEY, ADD INDEX (id)
select t from t1 where t=0xD0B1D0B1212223D0B1D0B1D0B1D0B1
INSERT INTO t1 VALUES (3,'\\Z\\Z\\Z\\Z')
DELETE FROM t1 WHERE (c1 = 1)
create table t1 (c1 char(10), c2 char(10), index (c2,c1,c1))
alter table t1 add key (c1,c1,c2)
create table t1 (a int not null primary key, b int not null unique)
create table t1 (a int not null primary key, b varchar(20) not null, c varchar(20) not null, unique(b(10),c(10)))
alter table t1 add index i3 (c3)
alter table t1 drop index c2, add index (c2(4),c3(7))
EXPLAIN SELECT MAX(a) FROM t1 FORCE INDEX(a)
CREATE TABLE t1 (\n  a INTEGER auto_increment PRIMARY KEY,\n  b INTEGER NOT NULL,\n  c INTEGER NOT NULL,\n  d CHAR(64)\n)
create table t1(a int not null, key aa(a), \n                b char(10) not null, unique key bb(b(1)),\n                c char(4) not null)
CREATE TABLE t1 (a INT PRIMARY KEY AUTO_INCREMENT)
SELECT 1 AS c1\nFROM t1\nORDER BY (\n  SELECT 1 AS c2\n  FROM t1\n  GROUP BY GREATEST(LAST_INSERT_ID(), t1.a) ASC\n  LIMIT 1)
SET @save_key_cache_file_hash_size=@@key_cache_file_hash_size
SET @@global.key_buffer_size=16*1024*1024
SELECT @@small.key_buffer_size
select @@keycache1.key_cache_block_size
select @@keycache1.key_buffer_size
set global keycache1.key_buffer_size=1*1024*1024
create table t2 (p int primary key, i int, a char(10), key k1(i), key k2(a))
insert into t1 values (1, 'qqqq'), (11, 'yyyy')
explain select count(*) from t1, t2 where t1.p = t2.i
update t2 set p=3000 where a='zzzz'
set global keycache3.key_buffer_size=100
CREATE TABLE t1(a int NOT NULL AUTO_INCREMENT PRIMARY KEY)
CREATE TABLE t1(a int NOT NULL AUTO_INCREMENT PRIMARY KEY, b int)
CACHE INDEX t1 in key_cache_none
LOAD INDEX INTO CACHE t1
select @@key_cache_segments
create table t1 (\n  p int not null auto_increment primary key,\n  a char(10))
create table t2 (\n  p int  not null auto_increment primary key,\n  i int, a char(10), key k1(i), key k2(a))
select * from information_schema.session_status where variable_name like 'key_%' and variable_name != 'Key_blocks_unused'
select variable_value = @key_blocks_unused from information_schema.session_status where variable_name = 'Key_blocks_unused'
select * from t2 where p between 1010 and 1020
set global keycache1.key_cache_segments=7
explain select p from t1 where p between 1010 and 1020
select p from t1 where p between 1010 and 1020
update t2 set p=p+3000, i=2 where a='qqqq'
select * from information_schema.key_caches where key_cache_name like "keycache2"\n                                                  and segment_number is null
select * from information_schema.key_caches where key_cache_name like "key%" \n                                                  and segment_number is null
set global keycache1.key_cache_block_size=2*1024
insert into t2 values (7000, 3, 'yyyy')
insert into t2 values (8000, 3, 'yyyy')
set global keycache1.key_cache_block_size=1024
set global key_cache_segments=@save_key_cache_segments
set global key_cache_file_hash_size=@save_key_cache_file_hash_size
SET GLOBAL keycache1.key_cache_segments=7
INSERT INTO t1 VALUES ('A','B'),('b','A'),('C','c'),('D','E'),('a','a')
explain select t1.*,t2.* from t1,t1 as t2 where t1.A=t2.B
insert into t1 values("AB%")
select * from t1 where t1="ABC"
DELETE FROM t1 ORDER BY a LIMIT 1
create table events(binlog int)
insert into events values(1)
select events.binlog from events
CREATE TABLE slow (slow INT, general INT, master_heartbeat_period INT, ignore_server_ids INT)
INSERT INTO general(slow, general, master_heartbeat_period) VALUES (1,2,3), (5,6,7)
SELECT slow, general, master_heartbeat_period, ignore_server_ids FROM general ORDER BY slow
SELECT slow, general, master_heartbeat_period FROM general ORDER BY slow
SELECT slow, master_heartbeat_period FROM general ORDER BY slow
SELECT slow, general, master_heartbeat_period FROM master_heartbeat_period ORDER BY slow
SELECT slow, general, master_heartbeat_period FROM ignore_server_ids ORDER BY slow
SELECT slow, master_heartbeat_period FROM ignore_server_ids ORDER BY slow
INSERT INTO t1 VALUES (1,2,3,4)
CREATE PROCEDURE p2()\nBEGIN\n\n   DECLARE n INT DEFAULT 2;\n   general: WHILE n > 0 DO \n     SET n = n -1;\n   END WHILE general;\n\n   SET n = 2;\n   slow: WHILE n > 0 DO \n     SET n = n -1;\n   END WHILE slow;\n\n   SET n = 2;\n   ignore_server_ids: WHILE n > 0 DO \n     SET n = n -1;\n   END WHILE ignore_server_ids;\n\n   SET n = 2;\n   master_heartbeat_period: WHILE n > 0 DO \n     SET n = n -1;\n   END WHILE master_heartbeat_period;\n\nEND
CREATE TABLE TIES (TIES INT)
SELECT TIES AS TIES FROM TIES
CREATE TABLE isopen (isopen int)
DROP TABLE isopen
CREATE TABLE reuse (reuse int)
INSERT INTO t1 VALUES ('non_keyword', '00 Simple identifier')
INSERT INTO t1 VALUES ('lpad', '01 Built-in native function')
INSERT INTO t1 VALUES ('trim', '04 function_call_keyword')
create user a@'127.0.0.1'
kill user a
kill user b
drop user b@'127.0.0.1'
create user ''@'127.0.0.1'
grant ALL on test.* to test@localhost
kill hard query user test@localhost
revoke all privileges on test.* from test2@localhost
kill query id user 'foo'
SET DEBUG_SYNC = 'RESET'
CREATE TABLE t2 (id INT UNSIGNED NOT NULL)
KILL QUERY @id
set debug_sync='now WAIT_FOR go0'
SET debug_sync='now WAIT_FOR parked'
SELECT LAST_VALUE(@last_a:=1,@last_b:=1.0)
SELECT LAST_VALUE(@last_a:=1,@last_b:="hello")
CREATE TABLE t1 (pk INT AUTO_INCREMENT, f INT, PRIMARY KEY (pk), KEY(f))\nENGINE=InnoDB
explain select sum(a) c FROM t1 WHERE a > 0 ORDER BY c LIMIT 3
CREATE TABLE t1 (a int PRIMARY KEY auto_increment)
insert into t1i values ('bb'), ('cc'), ('aa'), ('dd')
explain\nselect * from t1i, t2i where c1 = c2 LIMIT ROWS EXAMINED 6
select * from t1, t2 where c1 = c2 LIMIT ROWS EXAMINED 3
explain\nselect * from t0 LIMIT ROWS EXAMINED 1
prepare st1 from "select * from t1, t2 where c1 = c2 LIMIT ROWS EXAMINED ?"
deallocate prepare st1
select * from t1, t2 where c1 = c2 LIMIT ROWS EXAMINED @l
(select * from t1, t2 where c1 = c2 LIMIT ROWS EXAMINED 0)\nUNION\n(select * from t1, t2 where c1 < c2 LIMIT ROWS EXAMINED 0)\nLIMIT 2 ROWS EXAMINED 10
select * from t1\nwhere c1 IN (select * from t2 where c2 > ' ' LIMIT ROWS EXAMINED 4)
explain\nselect * from t1i\nwhere c1 IN (select * from t2i where c2 > ' ')\nLIMIT ROWS EXAMINED 9
select * from t1\nwhere c1 IN (select * from t2 where c2 > ' ' LIMIT ROWS EXAMINED 13)
explain\nselect c1, sum(c2) from t3 group by c1
select c1, sum(c2) from t3i group by c1 LIMIT ROWS EXAMINED 0
select c1, sum(c2) from t3i group by c1 LIMIT ROWS EXAMINED 1
select count(c2) from t3 LIMIT ROWS EXAMINED 6
select max(c1) from t3i LIMIT ROWS EXAMINED 0
create table t3_empty like t3
SET @@optimizer_switch='in_to_exists=on,outer_join_with_cache=on'
INSERT INTO t2 VALUES (3899),(3914),(3888)
SELECT DISTINCT a FROM t1, t2  HAVING a > ' ' LIMIT ROWS EXAMINED 16
INSERT INTO t2 VALUES\n  (0, '11:03:22.062907', '2007-06-02 11:16:01.053212', 'a'), \n  (0, '08:14:05.001407', '1900-01-01 00:00:00', 'm'), \n  (5, '19:03:16.024974', '1900-01-01 00:00:00', 'f'), \n  (1, '07:23:34.034234', '2000-11-26 05:01:11.054228', 'z'), \n  (6, '12:29:32.019411', '2006-02-13 00:00:00', 'f'), \n  (6, '06:07:10.010496', '2007-06-08 04:35:26.020373', 'a'), \n  (7, '22:55:09.020772', '2005-04-27 00:00:00', 'i')
CREATE TABLE t2 ( c VARCHAR(16) )
INSERT INTO t2 VALUES ('English'),('French'),('German')
INSERT INTO t1 (c) SELECT k FROM t1 LIMIT ROWS EXAMINED 2
CREATE TABLE mysql.time_zone LIKE mysql.time_zone_BACKUP
load data infile '../../std_data/loaddata1.dat' ignore into table t1 fields terminated by ',' LINES STARTING BY ',' (b,c,d)
load data infile '../../std_data/loaddata4.dat' into table t1 fields terminated by '' enclosed by '' lines terminated by '' ignore 1 lines
CREATE TABLE t1 (\n  id INT AUTO_INCREMENT PRIMARY KEY,\n  c1 VARCHAR(255)\n)
SELECT t1.id, c1, c2 FROM t1 LEFT  JOIN t2 ON t1.id=t2.id WHERE c1 != c2
SELECT t1.id, c1, c2 FROM t1 RIGHT JOIN t2 ON t1.id=t2.id WHERE c1 != c2
SET SESSION character_set_server=latin1
INSERT INTO t1 (id, val1) VALUES (5, '\\ttab')
select @@character_set_filesystem
CREATE TABLE t1 (fld1 INT)
LOAD DATA INFILE '../../std_data/loaddata/mdev-11631.txt' INTO TABLE t1 CHARACTER SET utf8
CREATE TABLE t1 (a CHAR(1), b CHAR(1) NOT NULL)
CREATE TABLE t1 (id integer not null auto_increment primary key)
LOAD DATA INFILE '../../std_data/loaddata/nl.txt' INTO TABLE t1 FIELDS TERMINATED BY ''
INSERT INTO t1 VALUES (GeomFromText('POINT(37.646944 -75.761111)'))
LOAD XML INFILE '../../std_data/loaddata/mdev12696.xml' INTO TABLE v1 (c2)
SELECT DATE_FORMAT('2001-01-01', '%w %a %W')
SELECT monthname('2001-02-01')
SET lc_time_names=en_US
SELECT DATE_FORMAT('2001-11-01', '%c %b %M')
SELECT DATE_FORMAT('2010-03-23 11:00:00','%h %p')
SET lc_messages=rm_CH
SELECT * FROM non_existent
create view v1 as select\n        date_format('2001-10-02', '%c %b %M') as a,\n        date_format('2001-10-02', '%c %b %M', 'ru_RU') as a1,\n        format(123456789,2) as b,\n        format(123456789,2,'rm_CH') as b1
select date_format('2001-01-01', '%w %a %W', 'en_US')
select date_format('2001-04-01', '%c %b %M', 'rm_CH')
SET lc_messages=DEFAULT
SET lc_time_names=DEFAULT
select dummy1,count(distinct id) from t1 group by dummy1
lock tables t1 write, t1 as t1_alias read
alter table t2 add column c2 int
delete t2 from t1,t2 where t1.a=t2.a
LOCK TABLES mysql.time_zone READ, mysql.proc READ, t1 READ
LOCK TABLES mysql.time_zone READ, mysql.proc READ
LOCK TABLES mysql.time_zone READ, mysql.proc WRITE, t1 READ
LOCK TABLES mysql.time_zone WRITE, mysql.proc WRITE, t1 WRITE
create view v_bug5719 as select 1
create view v_bug5719 as select * from t2
SELECT * FROM t1 WHERE 1 IN (SELECT * FROM t2 FOR UPDATE)
repair table t1 use_frm
create trigger t2_bi before insert on t2 for each row set @a:=1
lock tables v1 read
create trigger t1_ai after insert on t1 for each row insert into t2 values (1)
alter table t1 add column j int
FLUSH TABLE t2
lock tables t1 read local
LOCK TABLE t1 WRITE, t1 AS t1a READ
ALTER TABLE t1 CHANGE COLUMN IF EXISTS x xx INT
LOCK TABLES t READ LOCAL
CREATE TABLE t2 (a INT) ENGINE=InnoDB
insert into t1 values(2,2)
SELECT global_priv.host FROM global_priv, db WHERE global_priv.user = db.user LIMIT 1
OPTIMIZE TABLES columns_priv, db, global_priv
CREATE TABLE t2 (c1 int)
lock tables t2 write
select @tlwa < @tlwb
CREATE TABLE t1 ( f1 integer )
CREATE VIEW v1 AS SELECT f1 FROM t1
INSERT INTO t1(id) VALUES(4)
SELECT table_name, table_comment FROM information_schema.tables\n  WHERE table_schema= 'test' AND table_name= 't1'
lock table t3 read
PREPARE stmt FROM 'UPDATE t1, (SELECT 1 FROM t2 t1i) d SET a = 0 WHERE 1=0'
ALTER TABLE t2 DROP COLUMN c
create table t2 (j int primary key)
show create function f4
show create function f6
drop procedure p3
SET DEBUG_SYNC="now WAIT_FOR drop"
CREATE VIEW v1 AS SELECT * FROM t1 WHERE f1() = 1
create table t2 (j int, k int)
SET DEBUG_SYNC="after_open_table_mdl_shared SIGNAL locked WAIT_FOR go"
drop user user3@localhost
alter user if exists inexistentUser@localhost account lock
show create user newuser@localhost
create user user1@localhost PASSWORD EXPIRE ACCOUNT LOCK
drop user user2@localhost
grant select,show view on mysqltest3.* to invoker@localhost
create definer=definer@localhost view mysqltest3.v3nt as select 1
show create view mysqltest3.v3is
show create view mysqltest3.v3i
lock table mysqltest3.v3ps write
select * from mysqltest3.v3ps
select * from mysqltest3.v3i
create view v1 as select * from (select * from t1) dt
CREATE PROCEDURE p2() BEGIN locked: LOOP LEAVE locked; END LOOP locked; END
DROP PROCEDURE p0
SELECT * FROM t1 LEFT JOIN t2 FOR SHARE
CREATE USER test@localhost
SELECT 1 FROM DUAL LIMIT 1 INTO @var FOR UPDATE INTO @var
call mtr.add_suppression("Table 'general_log' is marked as crashed and should be repaired")
SET GLOBAL log_output="TABLE"
flush slow logs
set global log_output='TABLE'
select count(*) FROM mysql.slow_log
set @@long_query_time=default
SELECT sleep(0.2) INTO @tmp FROM DUAL
SET log_slow_filter=DEFAULT
show session status like 'Slow_queries'
SET @old_log_output= @@global.log_output
SET @@long_query_time= @old_long_query_time
set timestamp=1234567890
select count(*) from t1 where a>2
SET @org_log_slow_admin_statements= @@global.log_slow_admin_statements
SET @@GLOBAL.log_output='TABLE'
SET @@GLOBAL.log_slow_admin_statements=ON
TRUNCATE TABLE mysql.slow_log
SET log_slow_filter=admin
SET @@GLOBAL.log_slow_admin_statements=OFF
CREATE TABLE t1 (a VARCHAR(10), KEY(a))
SET log_slow_verbosity=replace(@@log_slow_verbosity, "full", "")
CREATE TABLE `tab_MDEV_30820` (\n`ID` int(11) NOT NULL AUTO_INCREMENT,\n`A` int(11),\nPRIMARY KEY(ID)\n)
SET SESSION log_slow_verbosity='query_plan'
SET @old_general_log= @@global.general_log
show global variables\nwhere Variable_name = 'general_log' or Variable_name = 'slow_query_log'
set @long_query_time = 2
set session long_query_time = @long_query_time
show variables like 'general_log_file'
set global general_log_file='/not existing path/log.master'
set global general_log_file=''
set global general_log_file= default
set global log_output=default
SET @@global.slow_query_log_file = @old_slow_query_log_file
SET GLOBAL general_log_file= @old_general_log_file
SET GLOBAL slow_query_log_file= @old_slow_query_log_file
SET GLOBAL long_query_time = 0.001
UPDATE t1 SET a=a+sleep(.02) WHERE a in (SELECT b from t2)
SET GLOBAL general_log_file = DEFAULT
SELECT @@general_log_file INTO @my_glf
SET GLOBAL general_log_file = 'BUG38124.LOG'
set @s3=(select variable_value from information_schema.global_status where\nvariable_name='query_time')
SET global general_log = @old_general_log
SET global slow_query_log = @old_slow_query_log
set session long_query_time=10
set @@global.log_output = @log_output.saved
SET @old_slow_query_log=   @@global.slow_query_log
select * from general_log where argument like '%general_log%'
insert into join_test values ("New DB connection was registered", "Connect")
show create table mysql.general_log
alter table mysql.slow_log engine=myisam
set global slow_query_log='OFF'
set @save_storage_engine= @@session.default_storage_engine
CREATE TABLE `general_log` (\n  `event_time` TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP \n                         ON UPDATE CURRENT_TIMESTAMP,\n  `user_host` mediumtext NOT NULL,\n  `thread_id` BIGINT(21) UNSIGNED NOT NULL,\n  `server_id` int(10) unsigned NOT NULL,\n  `command_type` varchar(64) NOT NULL,\n  `argument` mediumtext NOT NULL\n) ENGINE=CSV DEFAULT CHARSET=utf8 COMMENT='General log'
create table general_log_new like general_log
rename table general_log TO general_log_new, renamed_general_log TO general_log, slow_log to renamed_slow_log
select * from renamed_general_log
repair table general_log
repair table slow_log
ALTER TABLE mysql.general_log DROP COLUMN comment_text
SET GLOBAL LOG_OUTPUT = 'TABLE'
ALTER TABLE mysql.general_log\n  ADD COLUMN seq BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY
SELECT * FROM mysql.general_log
ALTER TABLE mysql.slow_log ENGINE = MyISAM
SET SESSION long_query_time =@old_long_query_time
CREATE TABLE `db_17876.general_log_data` (\n  `event_time` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n  `user_host` mediumtext,\n  `thread_id` int(11) DEFAULT NULL,\n  `server_id` int(11) DEFAULT NULL,\n  `command_type` varchar(64) DEFAULT NULL,\n  `argument` mediumtext\n)
DROP TABLE `db_17876.general_log_data`
DROP PROCEDURE IF EXISTS `db_17876.archiveSlowLog`
select CONNECTION_ID() into @thread_id
prepare long_query from "select ? as long_query"
execute long_query using @lparam
select argument from mysql.general_log where thread_id = @thread_id\nAND (command_type = 'Query' OR command_type= 'Execute')
CREATE TABLE general_log_copy SELECT * FROM mysql.general_log
DROP TABLE log_count
SELECT SQL_NO_CACHE 'Bug#31700 - SCAN',f1,f2,f3,SLEEP(1.1) FROM t1 WHERE f3=4
update t set c=0
set @@global.log_output=       @old_log_output
SET @@global.general_log_file = 'bug45387_general.log'
SET SESSION debug_dbug='-d'
create user user5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678
create user user5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678@host5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678913_345678914_345678915_345678916_345678917_345678918_345678919_345678920_345678921_345678922_345678923_345678924_345678925_3456
create table mariadbtestdb.t1 (a int, b int)
create table mariadbtestdb2.t2 (a int)
grant SELECT ON *.* TO user5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678@host5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678913_345678914_345678915_345678916_345678917_345678918_345678919_345678920_345678921_345678922_345678923_345678924_345678925_345
grant SELECT (a) ON mariadbtestdb.t1 TO user5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678@host5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678913_345678914_345678915_345678916_345678917_345678918_345678919_345678920_345678921_345678922_345678923_345678924_345678925_345
drop database mariadbtestdb
drop user 'user5678901_345678902_345678903_345678904_345678905_345678906_345678907_345678908_345678909_345678910_345678911_345678912_345678'@'h%s%5%7%9%1%3%5%7%9%2%3%5%7%9%3%3%5%7%9%4%3%5%7%9%5%3%5%7%9%6%3%5%7%9%7%3%5%7%9%8%3%5%7%9%9%3%5%7%9%0%3%5%7%'
select   * from information_schema.key_column_usage where table_schema= 'test' and table_name= 't1'
alter table t1 add column db_row_hash_1 int unique
create table t1 (a TEXT CHARSET latin1 COLLATE latin1_german2_ci unique)
create table t1 (a int primary key, b blob unique)
insert into t1 values(1234567890345671890,4353451,6575675675617,789676575675617,657567567567567676)
insert into t1 values(repeat('s',4000*10),100,repeat('s',4000*10),repeat('s',4000*10),\nrepeat('s',400)),(repeat('s',4001*10),1000,repeat('s',4001*10),repeat('s',4001*10),\nrepeat('s',2995))
insert into t1 values(1,2,3,4,5),(2,11,22,33,44),(3111,222,333,444,555),(5611,2222,3333,4444,5555)
insert into t1 values(1,2,3,4,5,6)
alter table t1 add column db_row_hash_7 int, add column db_row_hash_5 int , add column db_row_hash_4 int
alter table t1 drop column a, drop column c
alter table t1 modify  column a  int ,  modify column e int
alter table t1 drop key clm1, drop key clm2
insert into t1 values(1,1,1,0,0,0,0,0)
alter table t1 modify column a varchar(20) , modify column b varchar(20) , modify column c varchar(20)
insert into t1 values (1,1,1,1,1)
insert into t1 values (2,1,1,1,1)
insert into t1 values (12,1,14,1,14)
create table t1 (a blob unique , b blob unique)
create table t2 (DB_ROW_HASH_1 int, DB_ROW_HASH_2 int)
insert into t2 values(33,3)
create table t1(a blob, unique(a(65536)))
SELECT t2.b FROM t1 JOIN t2 ON t1.d = t2.f WHERE t2.pk >= 20
CREATE TABLE t1 (a INT, b BLOB) ENGINE=MyISAM
CREATE TABLE t1 (pk INT, a TEXT NOT NULL DEFAULT '', PRIMARY KEY (pk), b INT AUTO_INCREMENT, UNIQUE(b), UNIQUE (a,b)) ENGINE=myisam
load data infile 'load.data' into table tmp
create table t1 (b blob) engine=innodb
insert into t values ('foo')
CREATE TABLE t1 (f INT, x BLOB, UNIQUE (x))
ALTER TABLE t1 DROP x, ALGORITHM=INPLACE
CREATE TABLE t1 (a TEXT, b INT, UNIQUE(a)) ENGINE=MyISAM
CREATE TEMPORARY TABLE t1 (f BLOB, UNIQUE(f)) ENGINE=InnoDB ROW_FORMAT=COMPACT
ALTER TABLE t1 CHANGE COLUMN IF EXISTS b a INT
create table t1(a blob, b blob, c blob as (left(a, 5000)) virtual, d blob as (left(b, 5000)) persistent, unique(a,b(4000)))
insert into t1(a,b) values(10,11)
CREATE TABLE t1 ( \n  a CHAR(128),\n  b CHAR(128) AS (a),\n  c DATETIME,\n  UNIQUE(c,b(64))\n) ENGINE=InnoDB
ALTER TABLE t1 MODIFY COLUMN c VARCHAR(4096)
SELECT * INTO OUTFILE 'load.data' from t1
CREATE TABLE t1 (data VARCHAR(7961)) ENGINE=InnoDB
CREATE TABLE t1 (\n  id int primary key,\n  f INT unique\n) ENGINE=InnoDB
INSERT INTO t1  VALUES (1,1)/*1*/
create table t2(id int primary key, a blob, b varchar(20) as (LEFT(a,2)))
CREATE TABLE t (c INT AUTO_INCREMENT KEY, UNIQUE USING HASH(c))
CREATE UNIQUE INDEX i USING HASH ON t (c)
update t1,t2 set v1 = v2 , v5 = 0
insert into t1 values (1, 1), (100, 1)
update t1 set a= x + 1
insert into t1 values (0,'aa')
update t1 set f1=100 where f1=9599
insert ignore t1 (f1) values ('new york'),('virginia'),('spouse'),(null),('zqekmqpwutxnzddrbjycyo'),('nebraska'),('illinois'),('qe'),('ekmqpwut'),('arizona'),('arizona')
insert t1 values (1, null)
insert t1 values (1,'foo'),(2,'bar'), (3, 'bar')
delete from t2 using t1, t2 where t1.a=t2.c and t1.b='foo'
create table t1 (a int, b int, unique (b) using hash) engine=innodb partition by key (a) partitions 2
replace t1 (f2, f3, f4, f5, f6, f7) values ('00004', '0001009089999', '', 'netstes', 'psit', 'd')
insert ignore t1 values (1, 'a'), (2, 'A')
create table a (id int primary key) engine = innodb
drop table b
create table t (c1 bit, unique key(c1) using hash) engine=myisam
create table t1 (c1 bit, c2 long as (c1) virtual, c3 char(10),\n                 c4 long as (c1) stored) engine=myisam
create table t1 (c1 bit, c2 long as (c1) virtual, c3 char(10),\n                 c4 long as (c1) stored) engine=aria
insert into t (a) values (1)
create table t1 (i1 int, a1 text, unique key i1 (a1)) engine=myisam
binlog 'aRf2ZA8BAAAA/AAAAAABAAAAAAQAMTAuNS4xNS1NYXJpYURCLWxvZwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABpF/ZkEzgNAAgAEgAEBAQEEgAA5AAEGggAAAAICAgCAAAACgoKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEwQADQgICAoKCgFRmTlk'
insert into t1 values('maria', 2)
create table t1 ( a blob unique)
create table t1(a int ,b int , c int,  unique(a, b, c) using hash)
create table t1(a blob unique) engine=myisam
insert t1 (id) values (1),(2)
set debug_sync="ha_write_row_end SIGNAL checked_duplicate WAIT_FOR do_insert"
set session innodb_lock_wait_timeout= 1
insert into t1 values( 5, 'b')
set debug_sync="innodb_row_update_for_mysql_begin SIGNAL checked_duplicate WAIT_FOR do_insert"
update t1 set col2='a' where col1=15
update t1 set a=11 where a=5
update t1 set b=a+10+b where c=3
update t1 set b=a+1 where b=3
update t1 set b=3 where a=3
update ignore t1 set b=b+1, c=c+1 where a>0
set @@max_sp_recursion_depth=255
call bug10100pc(1,255)
SELECT ExtractValue('<a/>', REPEAT('(', 100000))
SELECT ExtractValue('<a/>', REPEAT('/n', 100000))
call P1()
create table t1 (id int) engine=myisam
create temporary table t2 engine=InnoDB select * from t1
SELECT T1.id from T1 LIMIT 1
select count(bags.a) from t1 as Bags
select MYSQLTEST.T1.* from MYSQLTEST.T1
delete p1.*,P2.* from t1 as p1, t2 as p2 where p1.a=P2.a
update t1 as P1, t2 as P2 SET P1.a=1,p2.a=1 where P1.a=p2.a
show create table İ
show databases like "mysql%"
SHOW CREATE TABLE T1
SHOW TABLES LIKE "T2"
RENAME TABLE T3 TO T1
ALTER TABLE T1 RENAME T2
SHOW DATABASES LIKE "TEST%"
drop table T1
insert into myUC values (1),(2),(3)
create table t1Aa (col1 int)
select TABLE_SCHEMA,TABLE_NAME FROM information_schema.TABLES\nwhere TABLE_SCHEMA ='mysqltest_LC2'
drop database if exists mysqltest_UPPERCASE
CREATE DATABASE Db1
DROP DATABASE Db1
set @old_table_open_cache=@@table_open_cache
USE TEST
DROP TABLE IF EXISTS `Table1`
CREATE TABLE `Table2`(c1 INT PRIMARY KEY, c2 INT) ENGINE=InnoDB
ALTER TABLE `Table2` ADD CONSTRAINT fk1 FOREIGN KEY(c2) REFERENCES `Table1`(c1)
DROP TABLE IF EXISTS Product_Order
DROP TABLE Product_Order
DROP TABLE Product
SHOW CREATE DATABASE mysql_TEST
CREATE PROCEDURE DB1.sp() SELECT 'This is DB1.sp' AS ret
CREATE PROCEDURE db1.sp() SELECT 'This is db1.sp' AS ret
CREATE PROCEDURE SP() SELECT 'This is SP' AS ret
DROP SEQUENCE t1, T1
CREATE TRIGGER MYSQL.tr1 AFTER INSERT ON t1 FOR EACH ROW INSERT INTO t2 VALUES (new.a)
SELECT * FROM t1 AS t2
CREATE TABLE mysql.TRANSACTION_registry (a INT)
create table `Ö` (id int)
show tables from test like 'Ö'
create database MySQLTest
use MySQLTest
create view v1Aa as select * from t1aA
insert into v2Aa values ((select max(col1) from t1Aa))
insert into v3Aa (col1) values ((select max(col1) from v2aA))
select Aaa.col1 from t1Aa as AaA
set @old_max_password_errors=@@max_password_errors
SET max_session_mem_used=DEFAULT
SHOW STATUS LIKE "max_statement_time_exceeded"
INSERT INTO t1 VALUES (1, 'string')
SELECT @@MAX_STATEMENT_TIME
SELECT\n  @@global.wait_timeout, @@global.thread_pool_max_threads, @@global.thread_pool_size,\n  @@global.thread_pool_oversubscribe,  @@global.thread_pool_stall_limit\nINTO\n  @_wait_timeout,@_thread_pool_max_threads,@_thread_pool_size,\n  @_thread_pool_oversubscribe,@_thread_pool_stall_limit
DROP TABLE IF EXISTS `sysapproval_approver`
CREATE TABLE t (c1 VARCHAR(10),c2 VARCHAR(10),PRIMARY KEY(c1,c2),FULLTEXT KEY k (c2)) ENGINE=InnoDB
CREATE TABLE t (a INT,ROW_START TIMESTAMP(6) AS ROW START,ROW_END TIMESTAMP(6) AS ROW END,PERIOD FOR SYSTEM_TIME(ROW_START,ROW_END),INDEX (ROW_START),INDEX (ROW_END),PRIMARY KEY(ROW_END,a,ROW_START),INDEX (ROW_END,ROW_START,a)) WITH SYSTEM VERSIONING ENGINE=InnoDB
DROP table if EXISTS t2
SELECT ST_OVERLAPS(t1.geom, t2.geom) FROM t1, t2
ANALYZE TABLE t1, t2, t3
select convert(0x0030 using ucs2) div 1, concat(convert(0x0030 using ucs2)) div 1
select a+0, b as auto_increment , id from t1 order by id
insert into t1 values(1,null,0,1,4)
SET DEBUG_DBUG='+d,mark_busy_mdev_22370'
LOCK TABLES t1 WRITE CONCURRENT, t1 AS t2 READ
SELECT LOCK_MODE, LOCK_TYPE, TABLE_SCHEMA, TABLE_NAME FROM information_schema.metadata_lock_info\nWHERE TABLE_NAME NOT LIKE 'innodb_%_stats'
LOCK TABLES t1 WRITE CONCURRENT, t3 WRITE
LOCK TABLES t3 WRITE, t1 WRITE CONCURRENT
set debug_sync='mdl_upgrade_lock SIGNAL parked WAIT_FOR go'
set debug_sync= 'RESET'
handler t1 open t
set debug_sync= 'now WAIT_FOR locked'
insert into t1 values (1, 1)
set debug_sync='alter_table_copy_after_lock_upgrade SIGNAL parked1 WAIT_FOR go1'
set debug_sync='now WAIT_FOR parked1'
set debug_sync='now SIGNAL go2'
drop tables t1, t2, t3, t5
set debug_sync='alter_table_copy_after_lock_upgrade SIGNAL alter_table_locked WAIT_FOR alter_go'
create table t2 (a int) stats_persistent=0, engine=innodb
SET @@global.general_log= 1
SET @@global.general_log= @old_general_log
SET debug_sync='now WAIT_FOR parked_truncate'
SET debug_sync='now SIGNAL go_truncate'
SET DEBUG_SYNC= 'now SIGNAL blocked'
ALTER DATABASE `#mysql50#a-b-c-d` UPGRADE DATA DIRECTORY NAME
DROP TABLE IF EXISTS t1, t2, m1
CREATE TABLE m1(a INT) engine=MERGE UNION=(t1, t2)
SET DEBUG_SYNC= 'mdl_upgrade_lock SIGNAL upgrade WAIT_FOR continue EXECUTE 2'
SET DEBUG_SYNC= 'now WAIT_FOR upgrade'
SET debug_sync='open_tables_after_open_and_process_table SIGNAL ready WAIT_FOR go'
set debug_sync='get_schema_column SIGNAL waiting WAIT_FOR go'
set debug_sync= 'reset'
SET GLOBAL debug_dbug=@orig_debug
create table t4 (a int not null, b char(10), key(a)) engine=MERGE UNION=(t1,t2)
alter table t4 add column c int
drop table t5, mysqltest.t6
create table t3 (c char(10)) union=(t1,t2) engine=merge
INSERT INTO t2 VALUES ( 2,24),( 4,33),( 6,41),( 8,26),( 0,32)
create table t1 (a int not null, b int not null, key(a,b))
drop table t3,t1,t2
create table t2 (a int not null, b int not null auto_increment, primary key(a,b))
create table t4 (a int not null, b int not null, key(a,b)) ENGINE=MERGE UNION=(t1,t2) INSERT_METHOD=NO
create table t5 (a int not null, b int not null auto_increment, primary key(a,b)) ENGINE=MERGE UNION=(t1,t2) INSERT_METHOD=FIRST
insert into t1 values (1,NULL),(1,NULL),(1,NULL),(1,NULL)
select * from t1 order by a,b
insert into t3 values (3,1),(3,2),(3,3),(3,4)
select * from t6 order by a,b
insert t5 values (1,1)
drop table t6, t5, t4, t3, t2, t1
create temporary table t5 (a int not null)
select * from t6
drop table t6, t3, t1, t2, t4, t5
create temporary table t2 (a int not null)
DROP TABLE t4, t3, t2, t1
CREATE TABLE t1 (\n  fileset_id tinyint(3) unsigned NOT NULL default '0',\n  file_code varchar(32) NOT NULL default '',\n  fileset_root_id tinyint(3) unsigned NOT NULL default '0',\n  PRIMARY KEY  (fileset_id,file_code),\n  KEY files (fileset_id,fileset_root_id)\n) ENGINE=MyISAM
create table t2 (a int,b int,c int, index (a,b,c))
explain select a,b,c from t3 force index (a) where a=1 order by a,b,c
INSERT INTO t2 (b) VALUES (1) ON DUPLICATE KEY UPDATE b=2
CREATE TABLE t1(a INT) ENGINE=MEMORY
CREATE TABLE tm1(a INT) ENGINE=MERGE UNION=(t1)
create table t1 (a int) insert_method = last engine = merge
alter table t1 insert_method = no
INSERT INTO t2 (id, ref) VALUES (1,3), (2,1), (3,2), (4,5), (4,4)
SELECT * FROM t3 AS a INNER JOIN t3 AS b USING (id) WHERE a.ref < b.ref
SHOW CREATE TABLE m1
DROP TABLE m1
CREATE TABLE m1(a INT) ENGINE=MERGE UNION=(t1, t2)
create table t1 (c1 int, index(c1))
create table t2 (c1 int, index(c1)) engine=merge union=(t1)
CREATE TABLE t2 (c1 INT, INDEX(c1))
CREATE TEMPORARY TABLE t1 (c1 INT, INDEX(c1))
CREATE TEMPORARY TABLE t2 (c1 INT, INDEX(c1))
CREATE TABLE t2 (c1 INT) ENGINE= MRG_MYISAM UNION= (t1) INSERT_METHOD= LAST
CREATE TABLE t2 (c1 INT) ENGINE=MRG_MYISAM UNION=(t1) INSERT_METHOD=LAST
LOCK TABLES t1 WRITE, t2 WRITE, t3 WRITE
ALTER TABLE t2 RENAME TO t5
RENAME TABLE t5 TO t3
CREATE TABLE t2 (c1 INT, INDEX(c1)) ENGINE=MRG_MYISAM UNION=(t1)\n  INSERT_METHOD=LAST
CREATE TABLE t4 (c1 INT, INDEX(c1)) ENGINE=MRG_MYISAM UNION=(t3,t2)\n  INSERT_METHOD=LAST
ALTER TABLE t4 UNION=(t3,t2)
CREATE TABLE t4 (c1 INT) ENGINE=MRG_MYISAM UNION=(t1,t2,t3)\n  INSERT_METHOD=LAST
DELETE FROM t4 WHERE c1 = 4
DROP TRIGGER t4_ai1
CREATE TRIGGER t4_ai2 AFTER INSERT ON t4 FOR EACH ROW SET @a=1
DROP TRIGGER t3_ai3
DROP TRIGGER t3_ai4
REPAIR TABLE t4
CREATE TABLE t3 (c1 INT, c2 INT) ENGINE= MRG_MYISAM UNION(t1, t2)
ALTER TABLE t1 ENGINE= MEMORY
CREATE TABLE t2 (c1 INT, KEY(c1)) ENGINE=MRG_MYISAM UNION=(t1)\n  INSERT_METHOD=FIRST
CREATE TABLE m1 (ID INT) ENGINE=MRG_MYISAM UNION=(t1) INSERT_METHOD=FIRST
INSERT INTO t2(a,b) VALUES\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),(0,0),\n(1,2)
CREATE TABLE t1 (c1 INT PRIMARY KEY) ENGINE=MyISAM
CREATE TABLE t1 (c1 INT, c2 INT, UNIQUE (c1))
CREATE VIEW v1 as SELECT * FROM t1
CREATE TABLE t1(c1 INT) ENGINE=MyISAM
CREATE TABLE t2(a int)engine=myisam
CREATE TABLE t3(a int)engine=myisam
CREATE TABLE `t@1`(a INT)
CREATE DATABASE `test@1`
CREATE TABLE t1 (a INT) ENGINE=MYISAM
CREATE TABLE m1 (c1 INT) ENGINE=MRG_MyISAM UNION=(t1) INSERT_METHOD=LAST
SELECT MAX(a) FROM t1
set @save_table_open_cache=@@global.table_open_cache
CREATE TABLE m1 (c1 INT) ENGINE=MRG_MYISAM UNION=(t1,mysql_test1.t2)\n  INSERT_METHOD=LAST
INSERT INTO t3 (c1) VALUES (1)
INSERT INTO tm1 (c1) VALUES (1)
SELECT f1() FROM (SELECT 1) AS c1
CREATE TABLE t9 (c1 INT) ENGINE=MyISAM
DROP TABLE tm1, t1, t9
CREATE TABLE tm1 (c1 INT) ENGINE=MRG_MYISAM UNION=(t1,t2,t3,t4,t5)\n  INSERT_METHOD=LAST
CREATE TRIGGER t2_au AFTER UPDATE ON t2\n  FOR EACH ROW SELECT MAX(c1) FROM t1 INTO @var
CREATE FUNCTION f1() RETURNS INT\n  RETURN (SELECT MAX(c1) FROM t4)
UPDATE t2, tm1 SET t2.c1=f1()
DROP TRIGGER t2_au
ALTER TABLE m1 DROP COLUMN c3
ALTER TABLE m1 ENGINE=MRG_MyISAM UNION=(t1,t2)\n  INSERT_METHOD=LAST
CREATE TABLE m2 SELECT * FROM m1
CREATE TABLE m2 (c1 INT, c2 INT) ENGINE=MRG_MyISAM UNION=(t3,t4)\n  INSERT_METHOD=LAST
SELECT * FROM m1,m2 WHERE m1.c1=m2.c1
create table t1 (c1 int not null)
prepare stmt from "select * from t4 where c1 < f1()"
ALTER TABLE m1 ADD INDEX (c1)
create table m2 (a int) engine=merge union (t1, t2) insert_method=first
insert into m1 (a) values ((select max(a) from t3, m1))
insert into m1 (a) values ((select max(a) from tmp, t1))
select count(*) from m1
drop table t1, t2, t3, m1, m2
CREATE TABLE t2(a INT) engine= MERGE UNION (t1)
PREPARE stmt FROM "ANALYZE TABLE tmerge, t1"
create function f1() returns int return (select count(*) from m1)
checksum table m1
create temporary table t1 (a int) engine=myisam
CREATE TRIGGER trg1 BEFORE DELETE ON t1\nFOR EACH ROW\n  INSERT INTO m1 VALUES (1)
create table tm (a int, key(a)) engine=merge union(t)
create table t (a int not null, primary key(a desc)) engine=myisam
create table tm (a int not null auto_increment, primary key(a desc)) engine=merge union=(t) insert_method=first
DROP TABLE tm, t1, t2
CREATE TABLE t4 (c1 INT) ENGINE=MRG_MYISAM UNION=(crashed,t2,t3) INSERT_METHOD=LAST
INSERT INTO t3 VALUES (30)
DROP TABLE t4,crashed,t2,t3
set global default_storage_engine=@default_storage_engine
CREATE TABLE t5 (c1 varchar(100)) ENGINE=MRG_MYISAM UNION=(t1,t3)\n  INSERT_METHOD=LAST
drop view t2, t3
CREATE TABLE m1 (c1 INT) ENGINE=MRG_MyISAM UNION=(t1,t2)\n  INSERT_METHOD=LAST
select t1.id from t1 union select t2.id from t2
select * from v1 group by id limit 1
CREATE VIEW v2 AS SELECT t2.c2 FROM t2
SELECT v1.c1 FROM v1 JOIN t2 ON c1=c2 ORDER BY 1
# force filesort\n\nDROP TABLE t1
SELECT f1 FROM v1 va
select cast('01:01:01' as time), cast('01:01:01' as time(2))
SELECT\n  1+1,\n  11+1,\n  111+1,\n  1111+1,\n  11111+1,\n  111111+1,\n  1111111+1,\n  11111111+1,\n  111111111+1 LIMIT 0
select 1 from\n  (select f2, f3, val, count(id) from t4 join t2 left join t3 on 0) top\n  join t1 on f1 = f3 where f3 = 'aaaa' order by val
create table t1(a int, b int, index(b))
INSERT into t2 values (1,1,1), (2,2,2)
SELECT * FROM City \nWHERE  Name BETWEEN 'G' AND 'J' AND Population > 500000 AND Country LIKE 'C%'
select count(*) from t2 where id2 > 95
select count(*) from t1 where id1 > 90
delete t1.*, t2.*, t3.*  from t1,t2,t3 where t1.id1 = t2.id2 and t2.id2 = t3.id3  and t1.id1 > 95
delete from t1, t2, t3  using t1,t2,t3 where t1.id1 = t2.id2 and t2.id2 = t3.id3  and t1.id1 > 0
delete t1,t2,t3 from t1,t2,t3 where to_days(now())-to_days(t3.mydate)>=30 and t3.id=t1.id and t3.id=t2.id
INSERT INTO t1(tst,tst1) VALUES("MySQL","MySQL AB"), ("MSSQL","Microsoft"), ("ORACLE","ORACLE")
create table t1 (n numeric(10))
create table t2 (n numeric(10))
select * from t2 left outer join t1  using (n)
LOCK TABLES t1 write, t2 read
create table t2 (n int(10), d int(10))
set timestamp=1038000000
select n,d,unix_timestamp(t) from t1
select n,d,unix_timestamp(t) from t2
UPDATE t2 left outer join t1 on t1.n=t2.n  SET t1.d=t2.d
update t1,t2,t3 set t1.naziv="bbbb", t2.naziv="aaaa" where t1.broj=t2.broj and t2.broj=t3.broj
update t1,t2 set t1.a=t1.a+100 where t1.a=101
update t2,t3 set Z =param_scenario_costs
insert into t1 values (1,1),(2,1),(3,1)
create table t1 (a int not null auto_increment primary key, b int not null)
insert into t1 values (1, 'a'), (2, 'aa')
delete t1, t2 from t2 inner join t1 on t1.id1=t2.id2\n  where 0=1
DELETE t2 FROM t1 AS t2, t2 AS t1 where t1.a=t2.a and t1.a=2
create table `t1` (`p_id` int(10) unsigned NOT NULL auto_increment, `p_code` varchar(20) NOT NULL default '', `p_active` tinyint(1) unsigned NOT NULL default '1', PRIMARY KEY (`p_id`) )
insert into t1 values (0,'A01-Comp',1)
insert into t1 values (0,'B01-Comp',1)
insert into t2 values (0,1,'A Note',1)
create table mysqltest.t1 (a int, b int, primary key (a))
create view v1 as select a as b, a/10 as a from t2
SET SESSION sql_safe_updates = DEFAULT
UPDATE IGNORE (SELECT 1 FROM t1 WHERE f1 = (SELECT f1() FROM t1)) x, t1 SET f1 = 1
UPDATE IGNORE (SELECT 1 FROM t1 WHERE f1 = (select * from v1)) x, t1 SET f1 = 1
CREATE TABLE t3 (\n  member_level_id int(11) unsigned NOT NULL DEFAULT '0',\n  map_level int(11) unsigned NOT NULL DEFAULT '0',\n  map_status int(11) unsigned NOT NULL DEFAULT '0',\n  PRIMARY KEY (member_level_id)\n)
CREATE TABLE t1(\n  pk INT,\n  a INT,\n  PRIMARY KEY (pk)\n) ENGINE=MyISAM
UPDATE t1 AS A, t1 AS B SET A.pk = 1, B.a = 2
CREATE TABLE t1 (\n  id int(10) unsigned,\n  a int(11)\n) ENGINE=MyISAM
update t1 join t2 using (id) set t1.a=t2.b
CREATE TABLE `t3` (\n  `fe1` int(10) NOT NULL DEFAULT '0',\n  `fe2` char(50) COLLATE latin1_general_ci DEFAULT 'nn',\n  `f34` char(50) COLLATE latin1_general_ci DEFAULT NULL,\n  `fe3` double DEFAULT NULL,\n  `fe4` double DEFAULT NULL,\n  `fe5` char(4) COLLATE latin1_general_ci DEFAULT NULL,\n  `f32` char(50) COLLATE latin1_general_ci DEFAULT NULL,\n  `fe6` int(3) DEFAULT '0',\n  `fe7` char(1) COLLATE latin1_general_ci DEFAULT NULL,\n  `ft6` char(50) COLLATE latin1_general_ci DEFAULT NULL,\n  `f33` char(4) COLLATE latin1_general_ci DEFAULT NULL COMMENT 'virtuelle f33s',\n  `fe8` char(4) COLLATE latin1_general_ci DEFAULT NULL COMMENT 'aus dem ADS',\n  `f37` char(50) COLLATE latin1_general_ci DEFAULT NULL,\n  `fe9` char(50) COLLATE latin1_general_ci DEFAULT NULL,\n  `fe10` int(5) DEFAULT '0',\n  `fe11` int(10) DEFAULT '0',\n  `fe12` char(50) COLLATE latin1_general_ci DEFAULT NULL,\n  `fe13` double DEFAULT NULL,\n  `fe14` char(50) COLLATE latin1_general_ci DEFAULT NULL,\n  `fe15` date DEFAULT NULL,\n  `fe16` date DEFAULT NULL,\n  `fe17` int(10) DEFAULT '0',\n  `fe18` date NOT NULL DEFAULT '0000-00-00',\n  `ft3` date NOT NULL DEFAULT '0000-00-00',\n  PRIMARY KEY (`fe1`),\n  KEY `fe2` (`fe2`,`fe18`,`ft3`),\n  KEY `f33` (`f33`),\n  KEY `fe8` (`fe8`)\n) DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci ROW_FORMAT=COMPACT COMMENT='CustomerService und Outsourcer Userinformationen'
insert into temp_t1 values (1,1),(2,2),(3,3)
create table t3 (id int not null)
update t1 join t2 on (a=c+4) set b=d
create table t2 select a, b from t1
create  procedure sp2() update (t1 join v3 on v3.c0 = t1.c1) set v3.pk = 1
drop procedure sp4
select * from t1, t2 where t1.a=t2.a and t1.b in (select b from t3 where t3.c<=t2.c) order by t2.c, t1.c limit 5
drop tables t1
CREATE TABLE t1 (\n  part INT(1),\n  a INT(1),\n  b INT(1),\n  PRIMARY KEY (a,part),\n  INDEX b (b,part)\n) PARTITION BY LIST (part) (\n  PARTITION Current VALUES IN (0),\n  PARTITION Relevant VALUES IN (1),\n  PARTITION Archive VALUES IN (2)\n)
create table t1 (c int, c2 int) engine=innodb
DELETE FROM t1 WHERE a > 2000000
DELETE t1,t2 FROM t1,t2 WHERE t1.b=t2.a AND t1.a < 2
SELECT 't2 rows after big delete', COUNT(*) FROM t2
insert into t2 values (1,2),(3,4),(4,4)
set debug_sync='now WAIT_FOR ready'
set debug_sync='mdl_acquire_lock_wait SIGNAL cont'
CREATE TABLE t1(\n  pk INT,\n  a INT,\n  b INT,\n  PRIMARY KEY (pk)\n) ENGINE=InnoDB
UPDATE IGNORE (SELECT 128 as col1) x, table_11757486 SET field1=x.col1
insert into t1 values ('A'),('B'),('C'),('D'),('E'),('F')
delete t1,t2 from t2,t1 where t1.a<'B' and t2.b=t1.b
UPDATE t1 NATURAL JOIN t2 SET a = 1 ORDER BY AVG (a)
INSERT INTO t1 VALUES (1, 'foo', 'qux', '2025-08-15', 11),\n                      (2, 'bar', 'qux', '2037-01-11', 12)
UPDATE t1 LEFT JOIN t2 USING(ID) SET s4 = 'changed', s5 = 'changed'
CREATE TABLE t2 (id INT, s1 CHAR(255))
INSERT INTO t1 (SELECT 0 FROM t1)
SELECT @@GLOBAL.slow_query_log
call mtr.add_suppression("Got an error from thread_id")
alter table t1 add index (id), add index(sometext), add index(sometext,id)
CREATE TABLE t1 (data LONGBLOB) ENGINE=myisam
CREATE TABLE t1 (data BLOB) ENGINE=myisam
call mtr.add_suppression("Table 't1' is marked as crashed and should be repaired")
explain select * from t1 order by a
explain select a from t1 order by a
explain select a,b from t1
create table t1 ( t1 char(255), key(t1(250)))
insert t1 values ('242624262426242624262426242624262426242607890789078907890789078907890789078907')
insert t1 values ('292129212921292129212921292129212921292102100210021002100210021002100210021002')
insert t1 values ('411641164116411641164116411641164116411616301630163016301630163016301630163016')
insert t1 values ('607860786078607860786078607860786078607856665666566656665666566656665666566656')
insert t1 values ('719471947194719471947194719471947194719478717871787178717871787178717871787178')
insert t1 values ('963896389638963896389638963896389638963877807780778077807780778077807780778077')
CREATE TABLE t1 (a varchar(255), b varchar(255), c varchar(255), d varchar(255), e varchar(255))
INSERT into t1 values (2,4,5), (7,8,4), (8,3,1), (9,7,2), (5,5,9)
explain select * from t1,t2 where t1.b=t2.b
explain select * from t1 use index() where c=1
create table t1 (a int not null auto_increment primary key, b varchar(255))
update t1 set b=repeat(left(b,1),200) where a=1
delete from t1 where (a & 1)= 0
insert into t1 (b) values (repeat('z',100))
create table t1(a text not null, b text not null, c text not null, index (a(10),b(10),c(10)))
select * from t1 where a='807780' and b='477' and c='165'
alter table t1 add key(a(2))
select a,concat(b,'.') from t1
select distinct t1.a from t1,t2 order by t2.a
select sql_big_result distinct t1.a from t1,t2
explain select sql_big_result distinct t1.a from t1,t2 order by t2.a
insert into t2 values (1,1),(2,1)
CREATE TABLE t2 (c1 varchar(250) NOT NULL, PRIMARY KEY (c1))
INSERT INTO t1 VALUES ('test000001'), ('test000002'), ('test000003')
INSERT INTO t2 VALUES ('test000002'), ('test000003'), ('test000004')
LOCK TABLES t1 READ LOCAL, t2 READ LOCAL
CREATE TABLE t1 (`a` int(11) NOT NULL default '0', `b` int(11) NOT NULL default '0', UNIQUE KEY `a` USING RTREE (`a`,`b`)) ENGINE=MyISAM
checksum table t1, t2, t3
insert t2 values (rand()*100000)
delete from t1 where a=11
set @save_use_stat_tables =  @@use_stat_tables
INSERT INTO t1 VALUES\n  (1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample1',''),\n  (2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample2',''),\n  (3,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample3',''),\n  (4,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample4',''),\n  (5,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample5',''),\n  (6,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample6',''),\n  (7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample7',''),\n  (8,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample8',''),\n  (9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'sample9','')
SELECT _id FROM t1
SET @@myisam_repair_threads=1
INSERT INTO t1 VALUES('aaaaaaaa'),(NULL)
CREATE TABLE t1 (c1 TEXT NOT NULL, KEY c1 (c1(10))) ENGINE=MyISAM
create table t1 (v varchar(65530), key(v))
set statement sql_mode = 'NO_ENGINE_SUBSTITUTION' for\ncreate table t1 (v varchar(65530) character set utf8)
create table t1 (c1 int) engine=myisam pack_keys=0
create table t3 (c1 int) engine=myisam pack_keys=default
create table t4 (c1 int) engine=myisam pack_keys=2
CREATE TABLE t1(a INT, b INT, KEY inx (a), UNIQUE KEY uinx (b)) ENGINE=MyISAM
SELECT b FROM t1 FORCE INDEX (uinx) WHERE b=1
SELECT b FROM t1 USE INDEX (uinx) WHERE b=1
SHOW TABLE STATUS LIKE 't1'
CREATE TABLE t1 (a INT) ENGINE=MyISAM CHECKSUM=1 ROW_FORMAT=DYNAMIC
SET @save_table_open_cache=@@table_open_cache
create table t1 (a int not null, key `a` (a) key_block_size=512)
create table t1 (a varchar(2048), key `a` (a) key_block_size=1000000000000000000)
INSERT INTO t1 VALUES (10, REPEAT('a', CEIL(RAND(10) * 300))),\n  (11, REPEAT('b', CEIL(RAND() * 300))),\n  (12, REPEAT('c', CEIL(RAND() * 300))),\n  (13, REPEAT('d', CEIL(RAND() * 300))),\n  (14, REPEAT('e', CEIL(RAND() * 300))),\n  (15, REPEAT('f', CEIL(RAND() * 300))),\n  (16, REPEAT('g', CEIL(RAND() * 300))),\n  (17, REPEAT('h', CEIL(RAND() * 300))),\n  (18, REPEAT('i', CEIL(RAND() * 300))),\n  (19, REPEAT('j', CEIL(RAND() * 300))),\n  (20, REPEAT('k', CEIL(RAND() * 300))),\n  (21, REPEAT('l', CEIL(RAND() * 300))),\n  (22, REPEAT('m', CEIL(RAND() * 300))),\n  (23, REPEAT('n', CEIL(RAND() * 300))),\n  (24, REPEAT('o', CEIL(RAND() * 300))),\n  (25, REPEAT('p', CEIL(RAND() * 300))),\n  (26, REPEAT('q', CEIL(RAND() * 300))),\n  (27, REPEAT('r', CEIL(RAND() * 300))),\n  (28, REPEAT('s', CEIL(RAND() * 300))),\n  (29, REPEAT('t', CEIL(RAND() * 300))),\n  (30, REPEAT('u', CEIL(RAND() * 300))),\n  (31, REPEAT('v', CEIL(RAND() * 300))),\n  (32, REPEAT('w', CEIL(RAND() * 300))),\n  (33, REPEAT('x', CEIL(RAND() * 300))),\n  (34, REPEAT('y', CEIL(RAND() * 300))),\n  (35, REPEAT('z', CEIL(RAND() * 300)))
INSERT INTO t1 VALUES('b', 'b')
DELETE FROM t1 WHERE c1='b'
CREATE TABLE t3 select * from t1
create table t1 (a1 int,a2 int,a3 int,a4 int,a5 int,a6 int,a7 int,a8 int,a9 int,a10 int,a11 int,a12 int,a13 int,a14 int,a15 int,a16 int,a17 int,a18 int,a19 int,a20 int,a21 int,a22 int,a23 int,a24 int,a25 int,a26 int,a27 int,a28 int,a29 int,a30 int,a31 int,a32 int, a33 int,\nkey(a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11,a12,a13,a14,a15,a16,a17,a18,a19,a20,a21,a22,a23,a24,a25,a26,a27,a28,a29,a30,a31,a32,a33)) engine=myisam
SELECT h+0, d + 0, e, g + 0 FROM t1
INSERT INTO t1 SELECT a+2560,b FROM t1
CREATE TABLE t1(a CHAR(255), KEY(a))
INSERT INTO t1 VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9),(0),(1),(2),(3)
SELECT CARDINALITY FROM INFORMATION_SCHEMA.STATISTICS WHERE TABLE_SCHEMA='test' AND TABLE_NAME='t1'
ALTER TABLE t1 ENGINE = MyISAM
create table t (a int auto_increment, b int, unique(b,a desc)) engine=myisam
create table t (a int, b char(1), primary key(a desc)) engine=myisam
INSERT INTO t2 (id) SELECT id  FROM t2
call mtr.add_suppression("Index for table '.*test.t1\\\\.MYI' is corrupt; try to repair it")
CREATE TABLE types (\n  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  type TEXT NOT NULL,\n  prefix_length INT NOT NULL\n)
INSERT INTO types (type, prefix_length) VALUES\n('INT',               0),\n('BIGINT',            0),\n('DOUBLE',            0),\n('DECIMAL(20,10)',    0),\n('CHAR(4)',           0),\n('CHAR(10)',          0),\n('VARCHAR(4)',        0),\n('VARCHAR(6)',        0),\n('VARCHAR(8)',        0),\n('VARCHAR(12)',        0),\n('VARCHAR(16)',        0),\n('VARCHAR(100)',      0),\n('TEXT',              4),\n('TEXT',              6),\n('TEXT',              8),\n('TEXT',              12),\n('TEXT',              16),\n('TEXT',              100)
BEGIN NOT ATOMIC\n  DECLARE create2_template TEXT\n    DEFAULT 'CREATE TABLE t1 (a TYPE1 NOT NULL, b TYPE2 NOT NULL, KEY(SEG1,SEG2))';\n  DECLARE cur2 CURSOR FOR\n    SELECT t1.type AS type1,\n           t2.type AS type2,\n           t1.prefix_length AS prefix_length1,\n           t2.prefix_length AS prefix_length2\n    FROM types AS t1, types AS t2\n    ORDER BY t1.id, t2.id;\n  FOR rec IN cur2 DO\n    BEGIN\n      DECLARE tabledef TEXT DEFAULT REPLACE(create2_template,'TYPE1', rec.type1);\n      SET tabledef=REPLACE(tabledef, 'TYPE2', rec.type2);\n      SET tabledef=REPLACE(tabledef, 'SEG1',\n                           IF(rec.prefix_length1,\n                              CONCAT('a(',rec.prefix_length1,')'), 'a'));\n      SET tabledef=REPLACE(tabledef, 'SEG2',\n                           IF(rec.prefix_length2,\n                              CONCAT('b(',rec.prefix_length2,')'), 'b'));\n      SELECT tabledef AS ``;\n      EXECUTE IMMEDIATE tabledef;\n      SHOW WARNINGS;\n      SELECT * FROM t1;\n      SHOW WARNINGS;\n      SHOW CREATE TABLE t1;\n      DROP TABLE t1;\n    END;\n  END FOR;\nEND;
CREATE TABLE t1 (\n    pk INT AUTO_INCREMENT,\n    i INT,\n    d DATE,\n    dt DATETIME,\n    v VARCHAR(1),\n    PRIMARY KEY (pk),\n    KEY (dt)\n) ENGINE=MyISAM
create table t1 (\n    kp1 int, kp2 int, \n    filler char(100),\n    col int,\n    key(kp1, kp2)\n  )
alter table t1i engine=innodb
explain \n  select * from t1 \n  where \n    kp1 >= 999 and kp1 < 10000 and \n    concat(repeat('foo-bar-', 100000), kp2) like '%bar-1%' and\n    concat(repeat('foo-bar-', 100000), kp2) like '%bar-1%' and\n    concat(repeat('foo-bar-', 100000), kp2) like '%bar-1%' and\n    concat(repeat('foo-bar-', 100000), kp2) like '%bar-1%' and\n    kp2 +1 > 10
SET SESSION optimizer_switch='index_condition_pushdown=off'
INSERT INTO t2 VALUES ('d', NULL),('d', NULL)
CREATE TABLE t4 ( b int, c varchar(1), KEY (b))
explain \nSELECT * FROM t1 LEFT JOIN t2 ON t1.c=t2.b\nWHERE \n  t2.b NOT IN (SELECT t4.b FROM t3 STRAIGHT_JOIN t4 WHERE t4.b <= 2 AND t4.c = t3.c)
set optimizer_switch= @tmp_10000051
insert into t1 select A.a + 1000 *B.a, 'filler-data' from one_k A, ten B
set @myisam_icp_notembedded_tmp=@@optimizer_switch
CREATE TABLE t1 (\n  ID int(10) unsigned NOT NULL AUTO_INCREMENT,\n  col1 int(10) unsigned DEFAULT NULL,\n  key1 int(10) unsigned NOT NULL DEFAULT '0',\n  key2 int(10) unsigned DEFAULT NULL,\n  text1 text,\n  text2 text,\n  col2 smallint(6) DEFAULT '100',\n  col3 enum('headers','bodyandsubject') NOT NULL DEFAULT 'bodyandsubject',\n  col4 tinyint(3) unsigned NOT NULL DEFAULT '0',\n  PRIMARY KEY (ID),\n  KEY (key1),\n  KEY (key2)\n) ENGINE=MyISAM AUTO_INCREMENT=6 DEFAULT CHARSET=utf8
INSERT INTO t1 VALUES\n(1,NULL,1130,NULL,'Hello',NULL,100,'bodyandsubject',0),\n(2,NULL,1130,NULL,'bye',NULL,100,'bodyandsubject',0),\n(3,NULL,1130,NULL,'red',NULL,100,'bodyandsubject',0),\n(4,NULL,1130,NULL,'yellow',NULL,100,'bodyandsubject',0),\n(5,NULL,1130,NULL,'blue',NULL,100,'bodyandsubject',0)
CREATE TABLE t2 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n  int_key int(11) DEFAULT NULL,\n  PRIMARY KEY (pk),\n  KEY int_key (int_key)\n)
explain \nselect * from t0, t1 where t0.a<=>t1.a
set join_buffer_size = 136
set join_cache_level = 7
create table t1 (a int, b int, filler char(200), key(a))
show status like 'handler_mrr%'
select sum(t1.b) from t0,t1 where t0.a=t1.a
insert t1 (b) select repeat("A", 100)
select a, left(b,10) from t1 order by a
create table t1 (pk int primary key, i int) engine=MyISAM
set global table_open_cache=256
drop procedure p_create
create table t1 (a int, key(a)) engine=myisam
insert into  t1 (a) values (1)
insert into  t1 (a) values (4)
CREATE TABLE t1(c1 DOUBLE, c2 DOUBLE, c3 DOUBLE, c4 DOUBLE, c5 DOUBLE,\n  c6 DOUBLE, c7 DOUBLE, c8 DOUBLE, c9 DOUBLE, a INT PRIMARY KEY) checksum=1
insert into t1 values(1, 'foo'), (2, 'bar')
CREATE DATABASE mysql_db1
SELECT COUNT(a) FROM t3
DROP DATABASE mysql_db1
CREATE TABLE t1(a CHAR(30), FULLTEXT(a))
CREATE TABLE t1(data LONGBLOB)
INSERT INTO t1 SELECT REPEAT('1', 2*1024*1024)
SET @old_general_log = @@global.general_log
insert into t17583 (a) values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)
insert into t1 values ('\\0b\\0')
SHOW TABLES IN connected_db
select * from `a1\\``b1`
drop table `a1\\``b1`
DROP TABLE proc
SHOW CREATE TABLE proxies_priv
SHOW CREATE TABLE time_zone
DROP TABLE time_zone_name
SHOW CREATE TABLE time_zone_transition_type
alter table mysql57_virtual comment "I am now a MariaDB table"
create table t1 (a int, b int generated always as (a+1) STORED, c int generated always as (a+2) VIRTUAL)
call mtr.add_suppression(" Error reading file './client_test_db/test_frm_bug.frm'")
SET @@global.collation_server= @save_collation_server
select * from mysql_json_test
create table `testjson` (\n  `t` json /* JSON from MySQL 5.7*/ CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
CREATE TEMPORARY TABLE t(j mysql_json)
DROP DATABASE IF EXISTS `Ã³`
DROP DATABASE `Ã³`
SELECT "Success" AS c1
CREATE TEMPORARY TABLE baseline AS\n  SELECT VARIABLE_NAME,VARIABLE_VALUE\n    FROM information_schema.global_status\n    WHERE VARIABLE_NAME IN ('COM_BEGIN', 'COM_INSERT', 'COM_LOCK_TABLES', 'COM_ALTER_TABLE', 'COM_TRUNCATE')
TRUNCATE TABLE time_zone
TRUNCATE TABLE time_zone_transition_type
CREATE OR REPLACE TEMPORARY TABLE baseline AS\n  SELECT VARIABLE_NAME,VARIABLE_VALUE\n    FROM information_schema.global_status\n    WHERE VARIABLE_NAME IN ('COM_BEGIN', 'COM_INSERT', 'COM_LOCK_TABLES', 'COM_ALTER_TABLE', 'COM_TRUNCATE')
SELECT name, body_utf8, body FROM mysql.proc WHERE name like 'sp1'
set global event_scheduler=OFF
call mtr.add_suppression("Incorrect definition of table mysql.column_stats:.*")
CREATE USER mysqltest1@'%' IDENTIFIED by 'sakila'
SET ROLE `aRole`
DROP ROLE `aRole`
drop table mysql.global_priv
SET GLOBAL alter_algorithm='INPLACE'
select count(*) from mysql.global_priv
UPDATE mysql.user SET password_last_changed=0 WHERE user='mariadb_102'
set @orig_sql_safe_updates = @@GLOBAL.sql_safe_updates
SET @@global.log_output = @old_log_output
RENAME TABLE mysql.global_priv_bak TO mysql.global_priv
repair table t1 from mysql
check view v1
check view v2
USE test2
set timestamp=1000000000
select "--- reading stdin --" as ""
GRANT SELECT ON mysqltest1.* TO untrusted@localhost
CREATE TABLE t1 (a INT, b CHAR(64))
SET GLOBAL SERVER_ID = 2
INSERT INTO t (a) VALUES (1)
FLUSH BINARY LOGS
CREATE TABLE t1 (a INT NOT NULL DEFAULT 0 PRIMARY KEY)
REPLACE INTO t1 () VALUES (),()
CREATE TABLE t1 (a BIT(20), b CHAR(2))
INSERT INTO t1 VALUES (128), (255)
UPDATE t1 SET c08=2 WHERE c08=32768
INSERT INTO t1 VALUES (12345)
DELETE FROM t1 WHERE c11=16777215
CREATE TABLE t1 (c14 INT UNSIGNED)
UPDATE t1 SET c17=2 WHERE c17=9223372036854775808
INSERT INTO t1 VALUES (123434.22344545)
INSERT INTO t1 VALUES (124.45)
INSERT INTO t1 VALUES (-543.21)
DELETE FROM t1 WHERE c28='2001-02-03'
INSERT INTO t1 VALUES ('2001-02-03 10:20:30')
CREATE TABLE t1 (c31 TIME)
INSERT INTO t1 VALUES ('11:22:33')
DELETE FROM t1 WHERE c33='a'
CREATE TABLE t1 (c36 CHAR(255))
CREATE TABLE t1 (c38 NATIONAL CHAR(0))
CREATE TABLE t1 (c40 NATIONAL CHAR(255))
INSERT INTO t1 VALUES (repeat(_latin1 0xDF, 255))
CREATE TABLE t1 (c46 VARCHAR(1))
DELETE FROM t1 WHERE c48>'a'
DELETE FROM t1 WHERE c51>'a'
CREATE TABLE t1 (c58 BINARY(0))
CREATE TABLE t1 (c60 BINARY(255))
INSERT INTO t1 VALUES ('mediumblob1')
DELETE FROM t1 WHERE c75='longtext1'
INSERT INTO t1 VALUES ('a,b,c')
INSERT INTO t1 VALUES ('a,b,c,d')
INSERT INTO t2 SET b=1
SET @@global.max_allowed_packet= 1024*1024*1024
INSERT INTO t1 VALUES (10, 1, 2, 3, 4, 5, 6, 7, "")
INSERT INTO t1 VALUES (13, 1, 2, 3, 0, 5, 6, 7, "A")
CREATE TABLE t3 (a INT PRIMARY KEY, b INT, c VARCHAR(100))
INSERT INTO t3 VALUES (0, 10, "hello")
INSERT INTO t3 VALUES (4, 10, "goodbye")
SET @old_image=@@binlog_row_image
INSERT INTO t1 VALUES (1), (2) ON DUPLICATE KEY UPDATE pk= pk + 10
CREATE TABLE `t2` (\n  `id` BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,\n  `short_desc` VARCHAR(50) NOT NULL,\n  PRIMARY KEY (`id`)\n)
DROP TABLE IF EXISTS t1, `t``1`, `t 1`, test.`t.1`, v1
create table `t``1`(a int) engine=myisam
create table `t 1`(a int) engine=myisam
create view v_bug25347 as select * from t_bug25347
drop table t_bug25347
CREATE TABLE at (a INT) engine=myisam
set @@character_set_client=@save_character_set_client
DROP TABLE `@`
INSERT INTO t1 VALUES (3), (5)
drop table `t1-1`
DROP TABLE IF EXISTS bug47205
INSERT INTO bug47205 VALUES ("foobar")
create table `t.1` (id int)
check table `t.1`, `t.2`, `t.3` for upgrade
INSERT INTO `courses` VALUES (3, 'Course 3', 'Course Description 3', 3, NULL)
create table t1 (id int(8), name varchar(32))
insert into t1 values (3, 'first value')
insert into t2 values (3, 'first value')
insert into t4 values (4, 'first value')
SET GLOBAL default_storage_engine=@old_engine
CREATE TABLE t1 (a INT PRIMARY KEY) ENGINE=InnoDB
SELECT GET_LOCK("block_queries_1", 120)
SET binlog_format="row"
create table `t1\n1t` (`foobar\nraboof` int)
drop database `mysqltest1\n1tsetlqsym`
INSERT INTO t3 VALUES (REPEAT('E',65536*2))
delete from mysql.global_priv where host not in ('localhost')
ALTER TABLE mysql.roles_mapping ORDER BY Host, User, Role
delete from mysql.index_stats where prefix_arity!=1
delete from mysql.column_stats where column_name!='Time_zone_id'
set global innodb_stats_persistent= @save_innodb_stats_persistent
CREATE SERVER s1 FOREIGN DATA WRAPPER mysql\n  OPTIONS (HOST 'localhost', DATABASE 'd''b', USER 'o''brien', PASSWORD 'pw''d')
delete from mysql.innodb_table_stats
delete from mysql.time_zone_transition
DELETE FROM mysql.column_stats WHERE db_name='mysql' and table_name in ('tz', 'gtid_slave_pos')
DELETE FROM mysql.index_stats  WHERE db_name='mysql' and table_name in ('tz', 'gtid_slave_pos')
replace into mysql.tables_priv select * from tables_priv
drop table backup_users, tables_priv
INSERT INTO t1 VALUES ('01f300', UNHEX('f09f8c80'), 'U+1F300 CYCLONE')
SET @@GLOBAL.CONCURRENT_INSERT = 0
CREATE TABLE t1 (a DECIMAL(10,5), b FLOAT)
CREATE TABLE t1 (`a"b"` char(2))
set global sql_mode='ANSI_QUOTES'
create table t2(a varchar(30) primary key, b int not null)
CREATE TABLE `t1` (\n  `a b` INT,\n  `c"d` INT,\n  `e``f` INT,\n  PRIMARY KEY (`a b`, `c"d`, `e``f`)\n) ENGINE=MyISAM DEFAULT CHARSET=latin1
create database db2
insert into t1 values (289), (298), (234), (456), (789)
create trigger trg2 before update on t1 for each row begin\n  if old.a % 2 = 0 then set new.b := 12; end if;\nend
DROP FUNCTION IF EXISTS bug9056_func2
DROP PROCEDURE IF EXISTS bug9056_proc1
CREATE PROCEDURE `bug9056_proc1`(IN a INT, IN b INT, OUT c INT)\nBEGIN SELECT a+b INTO c; end
CREATE PROCEDURE bug9056_proc2(OUT a INT)\nBEGIN\n  select sum(id) from t1 into a;\nEND
DROP PROCEDURE `a'b`
INSERT INTO `t1 test` VALUES (2)
insert into t1 values (3, 'third value', 'vvv vvv')
drop view v0
SET @old_sql_mode = @@SQL_MODE
create definer = CURRENT_USER view v1 as select * from t1
select * from v3 order by a
create table t (qty int, price int)
insert into t values(5, 51)
show create function f
insert into t1 values (4711)
insert into t1 values (3231)
create table basetable ( id serial, tag varchar(64) )
use mysqldump_dbb
drop database mysqldump_dbb
CREATE TABLE t1 (f1 int(10), data MEDIUMBLOB)
create procedure p1() select 1
create view v2 as select f1()
grant all privileges on mysqldump_test_db.*  to user1
INSERT INTO t1 SET c1=11, c2=REPEAT('q',509)
SET SQL_MODE = @TMP_SQL_MODE
create table t1 (a text , b text)
insert t1 values ("Duck, Duck", "goose")
insert t1 values ("Duck, Duck", "pidgeon")
set time_zone = 'UTC'
create event ee3 on schedule at '2030-12-31 22:01:23' do set @a=5
create database third
use third
CREATE VIEW v1(x, y) AS SELECT 'a', 'a'
create table `load` (a varchar(255))
CREATE PROCEDURE pr1 () SELECT "Meow"
SELECT * FROM t1 UNION SELECT * FROM t2 ORDER BY a, b, c
CREATE DATABASE BUG52792
CREATE FUNCTION `straße` ( c1 CHAR(20))\n  RETURNS CHAR(50) DETERMINISTIC\nRETURN CONCAT(']]>, ', c1, '!')
CREATE DATABASE b12809202_db
CREATE TABLE b12809202_db.t2 (c1 INT)
DROP TABLE b12809202_db.t2
USE db_20772273
DROP DATABASE db_20772273
CREATE PROCEDURE `proc\none`() SELECT * from `tab\none`
CREATE TEMPORARY TABLE `temp\none` (id INT)
CREATE TRIGGER `trig\none` BEFORE INSERT ON `tab\none` FOR EACH ROW SET NEW.a = 1
CREATE EVENT `event\none` ON SCHEDULE AT '2030-01-01 00:00:00' DO SET @a=5
SHOW EVENTS FROM bug25717383
ALTER DATABASE `a\\"'``b` COLLATE utf8_general_ci
CREATE DATABASE db1 CHARSET=utf8
CREATE TABLE nonunique_table_name (i1 serial) ENGINE=MEMORY
grant SELECT on test.* to  a
select count(*) >=  1 from  mysql.proc
select count(*) >=  1 from  mysql.db
drop user a
INSERT INTO t1 (a) VALUES (1),(2),(3)
show create sequence d.s1
show create sequence d.s3
drop database d2
DROP TABLE IF EXISTS mysql.table_stats
DROP TABLE IF EXISTS mysql.innodb_index_stats
DROP TABLE IF EXISTS mysql.help_topic
DROP TABLE IF EXISTS mysql.help_relation
select * from `con@fame`
drop view v3,v4
CREATE TABLE t1 (a LONGTEXT COMPRESSED CHARACTER SET latin1 COLLATE latin1_bin DEFAULT NULL)
DROP TABLE IF EXISTS t1,t2,test1,test2
insert `d``b`.`t``2` values (1),(2),(3),(4),(5),(6),(7)
DROP DATABASE bug58090
select otto from (select 1 as otto) as t1
set @my_var= 'abc'
SET @@session.session_track_system_variables='character_set_connection'
SET @@GLOBAL.session_track_system_variables=NULL
set debug_dbug="+d,dbug_session_tracker_parse_error"
explain format=json\nselect * from t1 left join t1 as t2 on t1.a=name_const('varname',1) and t1.b=t2.b
call p1('foo')
CREATE TABLE t2 AS SELECT c, NATURAL_SORT_KEY(c) FROM t1 WHERE 0
insert into t (a) values ('a2'),(NULL),('a11')
select * from t1 where not(not(a))
explain select * from t1 where not(a != 10)
explain select * from t1 where not(a < 15 and a > 5)
explain select * from t1 where a = 2 or not(a < 10)
select * from t1 where a = 2 or not(a < 5 or a > 15)
explain select * from t1 where NULL or not(a < 15 and a > 5)
select * from t1 where NULL or not(a < 15 and a > 5)
explain select * from t1 where not((a < 5 and a < 10) and (not(a > 16) or a > 17))
select * from t1 where ((a between 5 and 15) and (not(a like 10)))
SELECT * FROM t1 WHERE NOT ((NOT (a > 5)) XOR (a > 7))
SET @saved_profiling=@@GLOBAL.profiling
CREATE TABLE t2 (key2 INT)
GRANT FILE ON *.* TO 'nopriv_user'@'localhost'
INSERT INTO t2 SELECT MAX(key1) FROM t1 WHERE f() < 1
DROP USER nopriv_user@localhost
DROP USER 'user\\'s_12601974'@'localhost'
CREATE USER 'user\\bs_12601974'@'localhost'
DROP USER 'user\\bs_12601974'@'localhost'
CREATE USER 'user\\ns_12601974'@'localhost'
CREATE USER 'user\\ts_12601974'@'localhost'
DROP USER 'user\\%s_12601974'@'localhost'
ALTER TABLE t1 TRUNCATE PARTITION ALL
CREATE TABLE t1 (id INT, purchased DATE)\n    PARTITION BY RANGE( YEAR(purchased) )\n    SUBPARTITION BY HASH( TO_DAYS(purchased) )\n    SUBPARTITIONS 2 (\n        PARTITION p0 VALUES LESS THAN (1990),\n        PARTITION p1 VALUES LESS THAN (2000),\n        PARTITION p2 VALUES LESS THAN MAXVALUE\n    )
select 1 | NULL,1 & NULL,1+NULL,1-NULL
select NULL=NULL,NULL<>NULL,IFNULL(NULL,1.1)+0,IFNULL(NULL,1) | 0
select repeat("a",0),repeat("ab",5+5),repeat("ab",-1),reverse(NULL)
select * from t1 where x != 0
insert into t1 values(20,null)
CREATE TABLE t1 (a varchar(16) NOT NULL default '', b smallint(6) NOT NULL default 0, c datetime NOT NULL default '0000-00-00 00:00:00', d smallint(6) NOT NULL default 0)
INSERT IGNORE INTO t1 (d) values (null),(null)
create table t1(i int, key(i))
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nalter table t1 change i i int not null
select \n  case 'str' when 'STR' then 'str' when null then 'null' end as c01,\n  case 'str' when null then 'null' when 'STR' then 'str' end as c02,\n  field(null, 'str1', 'str2') as c03,\n  field('str1','STR1', null) as c04,\n  field('str1', null, 'STR1') as c05,\n  'string' in ('STRING', null) as c08,\n  'string' in (null, 'STRING') as c09
create table bug19145enumnotnulldefaultnull (e enum('a','b','c') not null default null, s set('x', 'y', 'z')          default null) engine=MyISAM
alter table bug19145c alter column s set default null
show create table bug19145b
drop table bug19145a
CREATE TABLE t1 (dt INT NOT NULL)
CREATE TABLE t1 (a DATE, b INT, c INT, KEY(a), KEY(b), KEY(c)) ENGINE=MyISAM
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nCREATE TABLE t1 AS SELECT\n  NULLIF(TIMESTAMP'2001-01-01 00:00:00',1),\n  NULLIF(TIMESTAMP'2001-01-01 00:00:00',1.0),\n  NULLIF(TIMESTAMP'2001-01-01 00:00:00',1e0),\n  NULLIF(TIMESTAMP'2001-01-01 00:00:00','2001-01-01'),\n  NULLIF(TIMESTAMP'2001-01-01 00:00:00',TIME'00:00:00')
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nCREATE TABLE t1 AS SELECT\n  NULLIF(DATE'2001-01-01',1),\n  NULLIF(DATE'2001-01-01',1.0),\n  NULLIF(DATE'2001-01-01',1e0),\n  NULLIF(DATE'2001-01-01','2001-01-01'),\n  NULLIF(DATE'2001-01-01',TIME'00:00:00')
CREATE TABLE t2 AS SELECT\n  NULLIF(c_bigint,  1),\n  NULLIF(c_bigint,  c_smallint),\n  NULLIF(c_bigint,  c_tinyint),\n  NULLIF(c_bigint,  c_int),\n  NULLIF(c_bigint,  c_bigint),\n  NULLIF(c_bigint,  c_float),\n  NULLIF(c_bigint,  c_double),\n  NULLIF(c_bigint,  c_decimal103),\n  NULLIF(c_bigint,  c_varchar10),\n  NULLIF(c_bigint,  c_text),\n  NULLIF(c_bigint,  c_blob),\n  NULLIF(c_bigint,  c_enum),\n  NULLIF(c_bigint,  c_datetime3),\n  NULLIF(c_bigint,  c_timestamp3),\n  NULLIF(c_bigint,  c_date),\n  NULLIF(c_bigint,  c_time)\nFROM t1
CREATE TABLE t2 AS SELECT\n  NULLIF(c_text,  1),\n  NULLIF(c_text,  c_smallint),\n  NULLIF(c_text,  c_tinyint),\n  NULLIF(c_text,  c_int),\n  NULLIF(c_text,  c_bigint),\n  NULLIF(c_text,  c_float),\n  NULLIF(c_text,  c_double),\n  NULLIF(c_text,  c_decimal103),\n  NULLIF(c_text,  c_varchar10),\n  NULLIF(c_text,  c_text),\n  NULLIF(c_text,  c_blob),\n  NULLIF(c_text,  c_enum),\n  NULLIF(c_text,  c_datetime3),\n  NULLIF(c_text,  c_timestamp3),\n  NULLIF(c_text,  c_date),\n  NULLIF(c_text,  c_time)\nFROM t1
CREATE TABLE t2 AS SELECT\n  NULLIF(c_blob,  1),\n  NULLIF(c_blob,  c_smallint),\n  NULLIF(c_blob,  c_tinyint),\n  NULLIF(c_blob,  c_int),\n  NULLIF(c_blob,  c_bigint),\n  NULLIF(c_blob,  c_float),\n  NULLIF(c_blob,  c_double),\n  NULLIF(c_blob,  c_decimal103),\n  NULLIF(c_blob,  c_varchar10),\n  NULLIF(c_blob,  c_text),\n  NULLIF(c_blob,  c_blob),\n  NULLIF(c_blob,  c_enum),\n  NULLIF(c_blob,  c_datetime3),\n  NULLIF(c_blob,  c_timestamp3),\n  NULLIF(c_blob,  c_date),\n  NULLIF(c_blob,  c_time)\nFROM t1
CREATE TABLE t2 AS SELECT\n  NULLIF('1',  1),\n  NULLIF('1',  c_smallint),\n  NULLIF('1',  c_tinyint),\n  NULLIF('1',  c_int),\n  NULLIF('1',  c_bigint),\n  NULLIF('1',  c_float),\n  NULLIF('1',  c_double),\n  NULLIF('1',  c_decimal103),\n  NULLIF('1',  c_varchar10),\n  NULLIF('1',  c_text),\n  NULLIF('1',  c_blob),\n  NULLIF('1',  c_enum),\n  NULLIF('1',  c_datetime3),\n  NULLIF('1',  c_timestamp3),\n  NULLIF('1',  c_date),\n  NULLIF('1',  c_time)\nFROM t1
SELECT * FROM t1 WHERE a=2010 AND CASE WHEN 10.1=a THEN NULL ELSE 10.1 END IS NULL
SELECT a, NULLIF(a,_utf8'a' COLLATE utf8_bin) IS NULL FROM t1
SELECT * FROM t1 WHERE a=10 AND NULLIF(a,2011.1)='2011'
SELECT * FROM t1 WHERE a=2020
SELECT NULLIF(COUNT(c1),0) FROM t1
INSERT INTO t1 VALUES (1,1),(1,2),(2,3),(2,4)
select nullif( not f, 1 ) from t1
insert into t1 values ('2015-12-31')
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE ((c1 IS NOT NULL) >= (NOT TRUE)) IS NOT NULL
explain select * from t1 where a is null and b = 7
explain select * from t1 where a=2 and b = 2
explain select * from t1 where (a is null or a > 0 and a < 2) and b < 5 limit 3
select * from t1 where a > 8 and a < 9
explain select * from t1 where a is null and b = 2 and c=0
explain select * from t2,t1 where t1.a=t2.a and b is null
select * from t2,t1 where t1.a=t2.a and (b= 7 or b is null)
select * from t2,t1 where (t1.a=t2.a or t1.a is null) and (b= 7 or b is null)
select * from t2,t1 where t1.a<=>t2.a or (t1.a is null and t1.b <> 9)
explain select id from t1 where uniq_id is null
DELETE FROM t1 WHERE uniq_id IS NULL
CREATE TABLE `t1` (\n  `order_id` char(32) NOT NULL default '',\n  `product_id` char(32) NOT NULL default '',\n  `product_type` int(11) NOT NULL default '0',\n  PRIMARY KEY  (`order_id`,`product_id`,`product_type`)\n) ENGINE=MyISAM
alter table t1 add key id (id)
select * from t1 where id is null or id > 0
select * from t1 where id2 is null or id2 > 0
INSERT INTO t2 VALUES (1, 1), (3, 1)
SHOW STATUS LIKE "handler_read%"
CREATE TABLE t1 (\n  a int(11) default NULL,\n  b int(11) default NULL,\n  KEY a (a,b)\n)
insert into t1 SET a=null,b=2
insert into t1  values ( 'Computer', 2,2000, 1200),\n( 'TV', 1, 1999, 150),\n( 'Calculator', 1, 1999,50),\n( 'Computer', 1, 1999,1500),\n( 'Computer', 1, 2000,1500),\n( 'TV', 1, 2000, 150),\n( 'TV', 2, 2000, 100),\n( 'TV', 2, 2000, 100),\n( 'Calculator', 1, 2000,75),\n( 'Calculator', 2, 2000,75),\n( 'TV', 1, 1999, 100),\n( 'Computer', 1, 1999,1200),\n( 'Computer', 2, 2000,1500),\n( 'Calculator', 2, 2000,75),\n( 'Phone', 3, 2003,10)
select product, country_id, count(*), count(distinct year) from t1 group by product, country_id
select product, country_id , year, sum(profit) from t1 group by product, country_id, year with rollup having country_id = 1
select concat(product,':',country_id) as 'prod', concat(":",year,":") as 'year',1+1, sum(profit)/count(*) from t1 group by 1,2 with rollup
select left(product,4) as prod, sum(profit)/count(*) from t1 group by prod with rollup
select product, `sum` from (select product, sum(profit) as 'sum' from t1 group by product with rollup) as tmp where product is null
select product, country_id , year, sum(profit) from t1 group by product, country_id, year with cube
explain select product, country_id , year, sum(profit) from t1 group by product, country_id, year with cube
DROP TABLE user_day
INSERT INTO t1 VALUES\n  (1,4),\n  (2,2), (2,2),\n  (4,1), (4,1), (4,1), (4,1),\n  (2,1), (2,1)
SELECT DISTINCT SUM(b), COUNT(DISTINCT b) FROM t1 GROUP BY a WITH ROLLUP
SELECT SUM(b), COUNT(*) FROM t1 GROUP BY a WITH ROLLUP
SELECT distinct a,b,sum(c) FROM t1 GROUP BY a,b,c WITH ROLLUP
SELECT a, SUM(b) FROM t1 GROUP BY a WITH ROLLUP LIMIT 1
SELECT IFNULL(a, 'TEST') FROM t1 GROUP BY a WITH ROLLUP
SELECT IFNULL(a, 'TEST'), COALESCE(b, 'TEST') FROM t2 \n  GROUP BY a, b WITH ROLLUP
CREATE TABLE t1 (a INT(10) NOT NULL, b INT(10) NOT NULL)
SELECT a, b, a AS c, COUNT(*) AS count FROM t1 GROUP BY a, b, c WITH ROLLUP
CREATE TABLE t1(id int, type char(1))
DESC v1
select count(a) from t1 group by null with rollup
INSERT INTO t1 VALUES ('12:12:12')
INSERT INTO t1 VALUES ('12:12:12'),('12:12:13')
CREATE TABLE t (d DATE) ENGINE=MyISAM
CREATE OR REPLACE VIEW v1 AS SELECT a, LENGTH(a), COUNT(*) FROM t1 GROUP BY a WITH ROLLUP
CREATE TABLE t1 (a bigint(11) NOT NULL)
CREATE TABLE t1 (a int(10) NOT NULL, b int(20) NOT NULL)
checksum table t1, t2
SELECT CAST(TIME'10:20:30' AS DATETIME)
INSERT IGNORE INTO t1 VALUES (TIME'-10:20:30')
INSERT IGNORE INTO t1 VALUES (TIME'830:20:30')
SET @@old_mode=zero_date_time_cast
CREATE TABLE t1 (a TIME,b TIME(1))
INSERT INTO t1 VALUES (TIME'830:20:30',TIME'830:20:30')
SET @@global.mysql56_temporal_format=false
insert t1 values (null)
set time_zone=DEFAULT
SET global mysql56_temporal_format=false
INSERT INTO t1 VALUES (FROM_UNIXTIME(1288477526)      /*summer time in Moscow*/)
SET time_zone='Europe/Moscow'
drop user ssl_user1@localhost, ssl_user3@localhost, ssl_user4@localhost, ssl_user5@localhost
GRANT SELECT ON test.* TO bug42158@localhost REQUIRE X509
CREATE TABLE t1 (a INT, b INT, c int, d int,  KEY(a,b,c,d))
EXPLAIN SELECT MIN(d) FROM t1 where b=2 and c=3  group by a
explain extended select * from t1 where a in (select pk from t10)
drop table t0,t1,t11,t10,t12,t2
ANALYZE TABLE t1 PERSISTENT FOR COLUMNS (a,b) INDEXES ()
create function f2(a int) returns int\nbegin\n  declare a int default 0;\n  select count(*) from t2 into a;\n  return a;\nend
drop table ten,t0,t1
set @@optimizer_switch= @save_optimizer_switch
create table t1 ( a int, b int, key a_b(a,b))
CREATE TABLE t1(i INT PRIMARY KEY, b BINARY(16), INDEX i_b(b))
EXPLAIN SELECT * FROM t1 WHERE b IN (0xD95B94336A9946A39CF5B58CFE772D8C)
ALTER TABLE t1 modify column b BINARY(10) AFTER i
INSERT INTO t1 VALUES (2, 'ab\\n')
insert into one_k select A.a + B.a*10 + C.a*100, A.a + B.a*10 + C.a*100 from t0 A, t0 B, t0 C
analyze table t0, one_k persistent for all
insert into t1 values ('foo'), ('bar')
explain \nselect * from t3 where (a,a) in (select t1.a, t2.a from t1, t2 where t1.b=t2.b)
select * from t1 force index(kp1) where (kp1=2 and kp2 >=4)
INSERT INTO t2 SELECT seq, seq from seq_1_to_100
EXPLAIN SELECT * FROM t1, t2 WHERE t1.a=t2.a ORDER BY t2.b
EXPLAIN EXTENDED SELECT * from t1 WHERE b >= 10 and b < 25
select count(*) from information_schema.optimizer_trace
SELECT query, trace FROM INFORMATION_SCHEMA.OPTIMIZER_TRACE
SET optimizer_trace=DEFAULT
create table t1 (\n  c1 int,\n  c2 int,\n  c3 int,\n  c4 int,\n  c5 int,\n  c6 int,\n  c7 int,\n  c8 int,\n  key(c1,c2,c3,c4,c5,c6,c7,c8)\n)
set optimizer_trace=DEFAULT
INSERT INTO t1 VALUES (4,'n'),(1,'h'),(NULL,'w')
CREATE TABLE t1 (id INT PRIMARY KEY)
set in_predicate_conversion_threshold=3
explain select * from t0 where a in (1,2,3,4,5,6)
CREATE TABLE t2 (\n  a CHAR(2) NOT NULL PRIMARY KEY,\n  b VARCHAR(20) NOT NULL,\n  KEY (b)\n) CHARSET=utf8mb4
INSERT IGNORE INTO t2 VALUES\n('AB','Sweden'),\n('JA','USA'),\n('MS','United States'),\n('IB','North America'),\n('GO','South America')
create table t1(a int, b int, c int, primary key (a,b,c))
select @sub_path
insert into t3 select * from t3
explain\nselect t1.a,t.s,t.m\nfrom t1 join\n     (select a, sum(t2.b) as s, min(t2.c) as m from t2 group by t2.a) t\n     on t1.a=t.a\nwhere t1.b < 3
insert into t1 values (1, 999),(999, 1),(987,987)
insert into t3 select seq from seq_1_to_2
set optimizer_switch='index_merge_sort_intersection=on'
set @@optimizer_switch= @tmp_index_merge_ror_cpk
CREATE USER 'bar'@'%'
create definer=foo function f1 (a int) returns INT SQL SECURITY DEFINER\nBEGIN\n  insert into t2 select * from t1; \n  return a+1;\nEND
grant select  on db1.t1 to 'foo'@'%'
grant select  on db1.v1 to 'foo'@'%'
grant show view  on db1.v1 to 'foo'@'%'
grant select  on db1.t1 to 'bar'@'%'
select db1.f1(a) from db1.t1
select INSUFFICIENT_PRIVILEGES from information_schema.OPTIMIZER_TRACE
create definer=foo@localhost SQL SECURITY definer view db1.v1 as select * from db1.t1
revoke shutdown on *.* from foo@localhost
set @@in_predicate_conversion_threshold= 2
prepare stmt from "select * from t1 where a in (1,2)"
set @@in_predicate_conversion_threshold= default
SELECT * FROM t1 WHERE a IN ('1','5','3')
CREATE TABLE t1 (f BINARY(16)) ENGINE=MYISAM
INSERT INTO t1 VALUES\n(x'BAE56AF2B1C2397D99D58E2A06761DDB'), (x'9B9B698BCCB939EE8F1EA56C1A2E5DAA'),\n(x'A0A1C4FE39A239BABD3E0D8985E6BEA5')
INSERT INTO t2 VALUES\n(x'55FB3B14D6B83D39859E42533906350D', x'00F3458C47FA39DDBEAD918A13F8342E'),\n(x'86052C062AAF368D84247ED0F6346A70', x'BF5C35045C6037C79E11026ABB9A3A4E')
SELECT * FROM t3 WHERE (f1,f2) IN ((2, 2), (1, 2), (3, 5), (1, 1))
insert into t1 values (1,3,30), (2,7,70), (3,1,10)
(SELECT a FROM t1 GROUP BY a ORDER BY a,GROUP_CONCAT(a)) LIMIT 1
SELECT 1 AS a UNION (SELECT a FROM t1 GROUP BY a ORDER BY GROUP_CONCAT(a))
(SELECT a FROM t1 GROUP BY a ORDER BY a,MAX(a)) ORDER BY a
SELECT 1 AS a UNION (SELECT a FROM t1 GROUP BY a ORDER BY MAX(a)) ORDER BY a
CREATE TABLE t1 (\n  id int(6) DEFAULT '0' NOT NULL,\n  idservice int(5),\n  clee char(20) NOT NULL,\n  flag char(1),\n  KEY id (id),\n  PRIMARY KEY (clee)\n)
INSERT INTO t1 VALUES (2,4,'6067169d','Y')
select concat(last," ",first) as name from t1 order by name
insert into t1 values(1),(2),(1),(2),(1),(2),(3)
select distinct i from t1 order by mod(i,2),i
select col1 from t1 order by id
CREATE TABLE t1 (id int auto_increment primary key,aika varchar(40),aikakentta  timestamp)
INSERT INTO t1 VALUES (4,2,2)
INSERT INTO t2 VALUES (1,50)
insert into t1 (ID, TransactionID) values  (1,  87), (2,  89), (3,  92), (4,  94), (5,  486), (6,  490), (7,  753), (9,  828), (10, 832), (11, 834), (12, 840)
explain select * from t1 where a = 1 and b is null order by a desc, b desc
explain select * from t1 where a = 2 and b is null order by a desc,b desc
explain select * from t1 where a = 2 and b < 2 order by a desc,a,b desc,a,b
explain select * from t1 where (a = 1 and b = 1 and c = 'b') or (a > 2) order by a desc
INSERT INTO t2 VALUES (103853,250,5),(103867,27,5),(103962,27,5),(104505,117,5),(104619,75,5),(104620,15,5)
select t1.gid, t2.sid, t3.uid from t2, t1, t3 where t2.gid = t1.gid and t2.uid = t3.uid order by t3.uid, t1.gid
EXPLAIN SELECT t1.gid, t3.uid from t1, t3 where t1.skr = t3.uid order by t1.gid,t3.skr
SELECT * FROM t1 ORDER BY b DESC
SELECT * FROM t1 ORDER BY (a + b)
explain select id,t from t1 order by id
CREATE TABLE t1 (  id smallint(6) unsigned NOT NULL default '0',  menu tinyint(4) NOT NULL default '0',  KEY id (id),  KEY menu (menu)) ENGINE=MyISAM
INSERT INTO t1 VALUES (11384, 2),(11392, 2)
insert into t2 select null, b, c, d from t1
set @row=10
insert into t1 select 1, b, c + (@row:=@row - 1) * 10, d - @row from t2 limit 10
select * from t1 where a=1 and b in (1)
create table t2 (col2 int, col int)
select t1.* , t2.col as t2_col from t1 left join t2 on (t1.col1=t2.col2)\n  order by col
select t1.col as t1_col, t2.col from t1, t2 where t1.col1=t2.col2\n  order by col
select t2.col2, t2.col, t2.col from t2 order by col
insert into t1 (`sid`, `wnid`) values\n('10100','01019000000'),('37986','01019000000'),('37987','01019010000'),\n('37994','01019090000'),('475','02070000000'),('25253','02071100000'),\n('25255','02071100000'),('25256','02071110000'),('25258','02071130000'),\n('25259','02071190000'),('25260','02071200000'),('25261','02071210000'),\n('25262','02071290000'),('25263','02071300000'),('25264','02071310000'),\n('25265','02071310000'),('25266','02071320000'),('25267','02071320000'),\n('25269','02071330000'),('25270','02071340000'),('25271','02071350000'),\n('25272','02071360000'),('25273','02071370000'),('25281','02071391000'),\n('25282','02071391000'),('25283','02071399000'),('25284','02071400000'),\n('25285','02071410000'),('25286','02071410000'),('25287','02071420000'),\n('25288','02071420000'),('25291','02071430000'),('25290','02071440000'),\n('25292','02071450000'),('25293','02071460000'),('25294','02071470000'),\n('25295','02071491000'),('25296','02071491000'),('25297','02071499000')
SELECT p.a AS val, q.a AS val1 FROM t1 p, t1 q ORDER BY val > 1
insert t1 values (1,1,1),(1,1,2),(1,2,1)
UPDATE t1 SET b = SEC_TO_TIME(a)
CREATE TABLE t2 (a INT, b INT, KEY a (a,b))
CREATE TABLE t1(\n  id int auto_increment PRIMARY KEY, c2 int, c3 int, INDEX k2(c2), INDEX k3(c3))
INSERT INTO t1 (c2,c3) VALUES\n (31,34),(35,38),(34,31),(32,35),(31,39),\n (11,14),(15,18),(14,11),(12,15),(11,19)
INSERT INTO t1 (c2,c3) SELECT c2,c3 FROM t1
UPDATE t1 SET c2=20 WHERE id%100 = 0
INSERT INTO t1 VALUES (1,1),(2,2),(3,3),(4,4)
INSERT INTO t1 SELECT a +32, b +32 FROM t1
INSERT INTO t2 (a,b) VALUES (1,2), (2,3)
SELECT\n  (SELECT t1.a FROM t1, t2 WHERE t1.a = t2.b AND t2.a = t3.c ORDER BY t1.a) as exp\n  FROM t3
CREATE TABLE t1 (\n  a INT,\n  c INT,\n  UNIQUE KEY a_c (a,c),\n  KEY (a))
EXPLAIN\nSELECT 1 AS col FROM t1 WHERE a=2 AND (c=10 OR c IS NULL) ORDER BY c DESC
SELECT * FROM t1 ORDER BY f1 ASC, f0 LIMIT 0
SELECT * FROM t1 WHERE f1>10 ORDER BY f2, f0 LIMIT 0
set sort_buffer_size= 32768
SELECT SQL_CALC_FOUND_ROWS * FROM t1\nORDER BY f1, f0 LIMIT 0
SELECT SQL_CALC_FOUND_ROWS * FROM t1 WHERE f1>10\nORDER BY f2, f0 LIMIT 0 OFFSET 10
DROP TABLE t1, tmp
INSERT INTO t1 VALUES (25, 7, 1), (26, 7, 2), (27, 7, 3), (28, 7, 4)
INSERT INTO t1 VALUES (29, 8, 1), (30, 8, 2), (31, 8, 3), (32, 8, 4)
CREATE TABLE t1 (\n  a INT,\n  b INT NOT NULL,\n  c char(100),\n  KEY (b, c),\n  KEY (b, a, c)\n)\nDEFAULT CHARSET = utf8
INSERT INTO t1 SELECT a + 80,  b, c FROM t1
EXPLAIN \nSELECT * FROM t1 FORCE INDEX FOR ORDER BY (a), t2 WHERE t1.a < 2 ORDER BY t1.a
CREATE TABLE t1 ( a INT NOT NULL, b INT NOT NULL, KEY( a, b ) )
CREATE TABLE t2 ( a int, b int, PRIMARY KEY (a))
INSERT INTO t2 VALUES (6,7),(7,7),(8,1),(9,7),(10,1),(11,5),(12,2),(13,0),(14,1),(15,8),(16,1),(17,1),(18,9),(19,1),(20,5)
explain extended\nSELECT t2.b,t1.b FROM t1, t2 WHERE t1.b = t2.a GROUP BY t2.b ORDER BY t1.b
explain\nselect b, count(*) num_cnt from t1 \n  where a > 9750 group by b order by num_cnt limit 1
EXPLAIN \nSELECT t1.a FROM t1 LEFT JOIN t2 ON t1.a=t2.a ORDER BY t1.a LIMIT 8
EXPLAIN \nSELECT t1.a FROM t1 LEFT JOIN t2 ON t1.a=t2.a ORDER BY t1.a LIMIT 100
set sort_buffer_size=default
insert into t2 select \n  A.a+10*B.a,\n  concat('wow-wow-col1-value-', A.a+10*B.a+100*C.a),\n  concat('wow-wow-col2-value-', A.a+10*B.a+100*C.a)\nfrom \n  t1 A, t1 B, t1 C where C.a < 8
SELECT 1 \nUNION \n( SELECT 2 \n    ORDER BY NULL, @a0 := 3, @a1 := 3, @a2 := 3, @a3 := 3, @a4 := 3,\n             @a5 := 3, @a6 := 3, @a7 := 3, @a8 := 3, @a9 := 3, @a10 := 3 )
CREATE TABLE t1 (f1 VARCHAR(3)) ENGINE=MyISAM
INSERT INTO t3 VALUES (0,'qux','qux'),(8,'bar','bar')
explain update t1 set key1=key1+1 where key1 between 10 and 110 order by key1 limit 2
explain\nselect t2.pk,t2.a,t2.b,t3.pk,t3.a,t3.b \nfrom t2, t3 where t2.a=t3.a order by t2.a limit 5
explain\nselect t2.pk,t2.a,t2.b,t3.pk,t3.a,t3.b \nfrom t2, t3 where t2.a=t3.a order by t2.a limit 25
select * from t1 order  by b
CREATE TABLE t1(a INT, b DECIMAL(65), c BLOB)
SET @@sort_buffer_size= @save_sort_buffer_size
SET @save_max_length_for_sort_data= @@max_length_for_sort_data
CREATE TABLE t1(a VARCHAR(64), b VARCHAR(2048))DEFAULT CHARSET=utf8
ANALYZE FORMAT=JSON SELECT * FROM t1 ORDER BY a LIMIT 5
SELECT * FROM t1 ORDER BY a LIMIT 5
INSERT INTO t1 VALUES (0, 1),(1, 2)
CREATE TABLE books (\n  id int(16) NOT NULL AUTO_INCREMENT,\n  library_id int(16) NOT NULL DEFAULT 0,\n  wings_id int(12) NOT NULL DEFAULT 0,\n  scheduled_for_removal int(1) DEFAULT 0,\n  PRIMARY KEY (id),\n  KEY library_idx (library_id)\n) ENGINE=MyISAM AUTO_INCREMENT=1 DEFAULT CHARSET=utf8
SET optimizer_switch='orderby_uses_equalities=on'
SELECT * FROM t1 ORDER BY a+1
SET max_length_for_sort_data=@save_max_length_for_sort_data
SET sql_select_limit= @save_sql_select_limit
explain (select a from t1 limit 2) order by a desc
SET @@SESSION.max_sort_length=4
INSERT INTO t1 (v1) VALUES (8),(9),(100),(-234),(46584),(0)
EXPLAIN EXTENDED (SELECT * FROM t1 JOIN t2 ON a=b LIMIT 3)\n  ORDER BY a+1, a-b DESC, c<>a
(SELECT * FROM t1 JOIN t2 ON a=b LIMIT 3) ORDER BY a=2
(SELECT * FROM t1 JOIN t2 ON a=b UNION\n                  SELECT NULL, NULL, NULL\n                  LIMIT 3)\n                  ORDER BY b-a-c
EXPLAIN EXTENDED (SELECT * FROM t1 JOIN t2 ON a=b UNION\n                  SELECT NULL, NULL, NULL\n                  ORDER BY a LIMIT 3)\n                  ORDER BY b-a-c LIMIT 1
CREATE TABLE t1 ( a CHAR(255), b CHAR(255), c TEXT)
select c from t1 order by a,b
insert into t1 select 2, CONCAT(repeat('a', @save_max_sort_length), 'AB')
analyze format=json\nselect a, substr(b, @save_max_sort_length+1) from t1 order by b desc
analyze format=json select * from t1 order by a
CREATE TABLE t1 (name VARCHAR(20) CHARACTER SET utf8 NOT NULL)
insert t1 values (NULL, NULL, NULL), (9, NULL, NULL)
SELECT 1 FROM (select 1) dt order BY 50
INSERT INTO t0 VALUES (0),(0),(0),(0),(2),(0),(0),(1),(1),(0)
explain select a,b,c from t1 where a=1 and c=2 order by b limit 2000
drop table t1,t0
CREATE TABLE t3 (j int, n varchar(5), PRIMARY KEY (j)) ENGINE=InnoDB\nSTATS_PERSISTENT=0
create index for_latest_sort on t2 (d1, d2, id)
explain\nselect\n  t1.id,t2.id\nfrom\n  t1 left join\n  t2 on t2.id2 = t1.id and\n        t2.id = (select dd.id\n                 from t2 dd\n                 where\n                    dd.id2 = t1.id and\n                    d1 > '2019-02-06 00:00:00'\n                 order by\n                   dd.d1, dd.d2, dd.id limit 1\n                )
insert into t10 select seq, seq from seq_1_to_100
alter table t1 add unique key(col2)
SET optimizer_join_limit_pref_ratio=1
update t0 set actor_name = 'DGG' where actor_id = 4
analyze table t0, t1
set optimizer_adjust_secondary_key_costs=@tmp
SET GLOBAL innodb_stats_persistent=default
INSERT INTO t1 VALUES (1,5,0),(2,6,0)
INSERT INTO `t1` VALUES \n(12321321,'a8f5f167f44f4964e6c998dee827110c','video'),\n(12321321,'d77a17a3659ffa60c54e0ea17b6c6d16','video'),\n(12321321,'wwafdsafdsafads','video'),\n(12321321,'696aa249f0738e8181957dd57c2d7d0b','video-2014-09-23'),\n(12321321,'802f9f29584b486f356693e3aa4ef0af','video=sdsd'),\n(12321321,'2f94543ff74aab82e9a058b4e8316d75','video=sdsdsds'),\n(12321321,'c1316b9df0d203fd1b9035308de52a0a','video=sdsdsdsdsd')
CREATE TABLE t3(\n  id INT NOT NULL,\n  names VARCHAR(64),\n  address VARCHAR(128),\n  PRIMARY KEY (id)\n)
insert into t3\nselect id, generate_random_string(a), generate_random_string(b) from t2
set @save_max_length_for_sort_data=@@max_length_for_sort_data
insert into t1 values (1),(2),(3),(4),(5),(6),(7),(8),(9),(10)
create table t1 (`a` blob)
select * into outfile "../../tmp/outfile-test.1" from t1
select load_file(concat(@tmpdir,"/outfile-test.1"))
select load_file(concat(@tmpdir,"/outfile-test.2"))
select load_file('../../tmp/outfile-test.4')
revoke all privileges on *.* from user_1@localhost
CREATE TABLE t1 (c1 VARCHAR(256))
drop database AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
SELECT length("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") as len
select length(repeat('a',2000))
create table ADDDATE(a int)
drop table BIT_OR
drop table CAST
create table COUNT(a int)
create table CURDATE(a int)
create table DATE_ADD(a int)
create table MAX(a int)
create table MAX (a int)
create table MIN (a int)
create table NOW(a int)
create table POSITION (a int)
create table STDDEV (a int)
drop table STDDEV_SAMP
drop table SUBDATE
drop table SUBSTRING
create table TRIM (a int)
create table VAR_SAMP(a int)
DROP TABLE table_25930_a
DROP PROCEDURE IF EXISTS p26030; CREATE PROCEDURE p26030() SELECT 1; CALL p26030()
DROP PROCEDURE p26030
select tan()
select tan(1, 2)
select makedate(1, 2, 3)
select atan()
select concat_ws()
select export_set()
select greatest(12)
select locate()
select master_pos_wait(1, 2, 3, 4, 5)
select rand(1, 2, 3)
select abs(3 three)
set @bar="bar"
select instr("foobar" AS p1, "bar" AS p2)
select conv(255 AS p1, 10, 16)
select conv(255, 10, 16 AS "p3")
SELECT (INTERVAL(1,0,1,2) + 5) * 7 + INTERVAL(1,0,1,2) / 2
SELECT INTERVAL(0,(1*5)/2) + INTERVAL(5,4,3)
SELECT 1^1 + INTERVAL 1+1 SECOND & 1 + INTERVAL 1+1 SECOND
SELECT * FROM t1 WHERE a = INTERVAL(3,2,1) + 1
SELECT * FROM {oj t1 LEFT OUTER JOIN t2 ON t1.a1=t2.a3} WHERE t1.a2 > 10
set default_storage_engine = 'a.MYISAM'
CREATE TRIGGER trigger1 BEFORE INSERT ON t1 FOR EACH ROW\nSET default_storage_engine = NEW.INNODB
(SELECT 1 FROM t1)\nUNION \n(SELECT 1 FROM DUAL WHERE 1 GROUP BY 1 HAVING 1 ORDER BY 1\n FOR UPDATE)
SELECT 1 FROM t1 UNION SELECT 1 FROM t1 ORDER BY 1 LIMIT 1
SELECT 1 FROM t1 UNION SELECT 1 FROM t1 ORDER BY 1 LIMIT 1 FOR UPDATE
SELECT 1 INTO @var17727401 FROM DUAL
SELECT 1 INTO @var17727401_1\n  FROM t1 WHERE 1 GROUP BY 1 HAVING 1 ORDER BY 1 LIMIT 1\n  INTO @var17727401_2
SELECT 1 FROM t1 UNION SELECT 1 FROM t1 INTO @var17727401
INSERT INTO t1 SELECT 1 LIMIT 1 UNION SELECT 2
SELECT 1 AS a UNION SELECT a FROM t1 GROUP BY a ORDER BY GROUP_CONCAT(a)
SELECT 1 AS a UNION (SELECT a FROM t1 GROUP BY a WITH ROLLUP) LIMIT 1
SELECT 1 AS a UNION SELECT a FROM t1 GROUP BY a WITH ROLLUP ORDER BY GROUP_CONCAT(a ORDER BY a)
SELECT 1 AS a UNION SELECT a FROM t1 GROUP BY a WITH ROLLUP ORDER BY GROUP_CONCAT(a ORDER BY a) LIMIT 1
SELECT a, GROUP_CONCAT(a) FROM (SELECT * FROM t1 GROUP BY a WITH ROLLUP) t1 ORDER BY GROUP_CONCAT(a)
SELECT a, GROUP_CONCAT(a) FROM (SELECT * FROM t1 GROUP BY a WITH ROLLUP) t1 ORDER BY GROUP_CONCAT(a ORDER BY a)
SELECT a, GROUP_CONCAT(a) FROM (SELECT * FROM t1 GROUP BY a WITH ROLLUP) t1 ORDER BY GROUP_CONCAT(a) LIMIT 1
SELECT a, GROUP_CONCAT(a) FROM (SELECT * FROM t1 GROUP BY a WITH ROLLUP) t1 GROUP BY a ORDER BY GROUP_CONCAT(a ORDER BY a) LIMIT 1
SELECT (SELECT GROUP_CONCAT(a) FROM t1 GROUP BY a WITH ROLLUP LIMIT 1) as exp
SELECT (SELECT * FROM t1 GROUP BY a WITH ROLLUP HAVING a IS NULL) as exp FROM t1
SELECT (SELECT GROUP_CONCAT(a) FROM t1 GROUP BY a WITH ROLLUP LIMIT 1) as exp FROM t1
SELECT (SELECT * FROM t1 GROUP BY a WITH ROLLUP)
SELECT (SELECT GROUP_CONCAT(a ORDER BY a) FROM t1 GROUP BY a WITH ROLLUP ORDER BY a LIMIT 1) AS a
SELECT (SELECT * FROM t1 GROUP BY a WITH ROLLUP ORDER BY a) FROM t1
SELECT a FROM t1 GROUP BY a WITH ROLLUP UNION SELECT 1
CREATE TABLE scientific_notation (test int)
set timestamp=unix_timestamp('2020-10-10 5:5:5')
CREATE TRIGGER tr1 BEFORE INSERT ON t1 FOR EACH ROW SET @@NEW.a=0
DROP TABLE trim_oracle
CALL p2('date')
CALL p2('history')
CALL p2('next')
SELECT password FROM password AS password
CREATE TABLE role (role INT)
SELECT @@GLOBAL.password
SET @@sql_mode='ANSI_QUOTES'
SELECT 1=2 NOT IN (3,4)
(select * from t1) for update
SET STATEMENT max_statement_time=900 FOR LOCK TABLES `t1` WRITE
set SQL_MODE=@save_sql_mode
BEGIN NOT ATOMIC\n  DECLARE foo int;\n  IF (SELECT 2) OR foo = 3 THEN\n    SELECT 4;\n  END IF ;\nEND;
create procedure p1(IN id int, IN dt int)\nbegin\ndeclare count int default 1;\nrepeat\n  select 1;\n  set count=count+1;\nuntil (exists(select * from t1 where id1 = id and data1 = dt) or\n      not exists (select * from t2 where id2 = id and data2 = dt)) and\n      count < 3\nend repeat;\nend
SELECT CAST(1 AS DUAL)
SELECT CAST(1 AS CLOSE)
(SELECT x FROM t WINDOW w1 AS () FOR UPDATE) LIMIT 1
create table `select` (1c int)
drop table 1a, `select`
COMMIT CHAIN NO RELEASE
drop procedure proc_35577
drop procedure p_37228
INSERT INTO t1 (dt, st, uid, id2nd, filler) VALUES\n   ('1991-03-14', 'Initial Insert', 200, 1234567, 'No Data'),\n   ('1991-02-26', 'Initial Insert', 201, 1234567, 'No Data'),\n   ('1992-03-16', 'Initial Insert', 234, 1234567, 'No Data'),\n   ('1992-07-02', 'Initial Insert', 287, 1234567, 'No Data'),\n   ('1991-05-26', 'Initial Insert', 256, 1234567, 'No Data'),\n   ('1991-04-25', 'Initial Insert', 222, 1234567, 'No Data'),\n   ('1993-03-12', 'Initial Insert', 267, 1234567, 'No Data'),\n   ('1993-03-14', 'Initial Insert', 291, 1234567, 'No Data'),\n   ('1991-12-20', 'Initial Insert', 298, 1234567, 'No Data'),\n   ('1994-10-31', 'Initial Insert', 220, 1234567, 'No Data')
UPDATE t1 SET filler='Updating the row' WHERE uid=298
INSERT INTO t1 VALUES (0,1), (0,2)
UPDATE t1 SET a = 1, b = 1 WHERE a = 0 AND b = 2
INSERT INTO t1 VALUES (1,8601)
INSERT INTO t1 VALUES (3,8601)
INSERT INTO t1 VALUES (4,8601)
CREATE TABLE t2 (\n  `id` int(11) NOT NULL,\n  `user_num` int DEFAULT NULL,\n  `name` varchar(64) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=MyISAM CHARSET=latin1\nPARTITION BY HASH (id)\nPARTITIONS 2
UPDATE t1, t2 SET t2.name = 'John Smith' WHERE t1.user_num = t2.user_num
INSERT INTO t1 VALUES ('2009-09-21 17:31:42', 'pmax')
SET sql_mode=no_engine_substitution
CREATE TABLE t1 (a INT)\nENGINE=NonExistentEngine
CREATE TABLE t1 (\n  a INT NOT NULL,   \n  b MEDIUMINT NOT NULL,   \n  c INT NOT NULL,\n  KEY b (b)\n) ENGINE=MyISAM\nPARTITION BY LIST (a) (\n  PARTITION p0 VALUES IN (1) \n)
ALTER TABLE t1 ENGINE = Memory
ALTER TABLE t1 ADD INDEX b USING HASH (b)
CREATE TABLE `t2` (\n  `c1` int(11) DEFAULT NULL,\n  KEY `c1` (`c1`)\n) ENGINE=MyISAM DEFAULT CHARSET=latin1 /*!50100 PARTITION BY RANGE (c1) (PARTITION a VALUES LESS THAN (100) ENGINE = MyISAM, PARTITION b VALUES LESS THAN MAXVALUE ENGINE = MyISAM) */
EXPLAIN PARTITIONS SELECT c1 FROM t2 WHERE (c1 > 12 AND c1 < 15)
SELECT c1 FROM t2 WHERE (c1 > 12 AND c1 < 15)
create table t1 (a int)\npartition by key(a)\npartitions 0.2+e1
insert into t1 values (0xFFFFFFFFFFFFFFFD)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by key (a)\npartitions 3\n(partition x1 engine myisam,\n partition x2 engine myisam,\n partition x3 engine myisam)
CREATE TABLE t1 (\na int not null)\npartition by key(a)
insert into t1 values (4)
INSERT INTO t1 VALUES (0,0),(1,1),(2,2),(3,3),(4,4),(5,5),(6,6)
CREATE TABLE t1 (a int, unique(a))\nPARTITION BY LIST (a)\n(PARTITION x1 VALUES IN (10), PARTITION x2 VALUES IN (20))
create table t1 (a int not null, b int not null) partition by LIST (a+b) (\n  partition p0 values in (12),\n  partition p1 values in (14)\n)
insert into t1 values(10,10,'10')
create table t1 (a int)\nengine=myisam\npartition by key(a)\npartitions 2\n(partition p0 engine=myisam, partition p1 engine=myisam)
alter table t1\nengine=heap\npartition by key(a)\n(partition p0, partition p1 engine=heap)
SELECT * FROM t1 WHERE f_int1 IS NULL
create table t1 (a int,b int, c int)\npartition by list(a)\npartitions 2\n(partition x123 values in (11, 12),\n partition x234 values in (5, 1))
alter table t1 add partition (partition p1 values in (2))
alter table t1 rename t2, add c char(10), comment "no comment"
CREATE TABLE t1 (`a b` int not null)\npartition by key(`a b`)
insert into t1 set f1 = 1
create table t1 (f1 smallint)\npartition by range (f1) (partition p0 values less than (0))
explain partitions select * from t1 where a is null or a < 2
insert into t1 values (0xFFFFFFFFFFFFFFFF)
create procedure mysqltest_1 ()\nbegin\n  begin\n    declare continue handler for sqlexception begin end;\n    update ignore t1 set a = 1 where a = 0;\n  end;\n  prepare stmt1 from 'alter table t1';\n  execute stmt1;\nend
call mysqltest_1()
create table t1 (a bigint unsigned not null, primary key(a))\nengine = myisam\npartition by key (a)\npartitions 10
insert into t1 values (18446744073709551615), (0xFFFFFFFFFFFFFFFE),\n(18446744073709551613), (18446744073709551612)
select * from t1 where a = 18446744073709551615
INSERT INTO t1 VALUES \n(16421),\n(19092),\n(22589)
SELECT t1.id AS MyISAM_part\nFROM t1\nWHERE t1.id IN (\n    SELECT distinct id\n    FROM t4\n    WHERE taken BETWEEN @f_date AND date_add(@t_date, INTERVAL 1 DAY))\nORDER BY t1.id
drop table t1, t2, t4
CREATE TABLE t1 (\n  taken datetime NOT NULL DEFAULT '0000-00-00 00:00:00',\n  id int(11) NOT NULL DEFAULT '0',\n  status varchar(20) NOT NULL DEFAULT '',\n  PRIMARY KEY (id,taken)\n) ENGINE=MyISAM DEFAULT CHARSET=latin1\nPARTITION BY RANGE (to_days(taken))\n(\nPARTITION p15 VALUES LESS THAN (732950) ,\nPARTITION p16 VALUES LESS THAN MAXVALUE )
insert into t1 values (null), (null), (null)
create trigger t_ad after delete on t for each row insert into t values (old.s1)
create table t1 (b int)\nPARTITION BY RANGE (t2.b) (\n  PARTITION p1 VALUES LESS THAN (10),\n  PARTITION p2 VALUES LESS THAN (20)\n) select * from t2
CREATE TABLE t1 (s1 BIGINT UNSIGNED)\n  PARTITION BY RANGE (s1) (\n  PARTITION p0 VALUES LESS THAN (0), \n  PARTITION p1 VALUES LESS THAN (1), \n  PARTITION p2 VALUES LESS THAN (18446744073709551615)\n)
SELECT * FROM t1 WHERE s1 = 18446744073709551614
INSERT INTO t1 (int_column, char_column) VALUES\n(      39868 ,'zZZRW'),       \n(     545592 ,'zZzSD'),       \n(       4936 ,'zzzsT'),       \n(       9274 ,'ZzZSX'),       \n(     970185 ,'ZZzTN'),       \n(     786036 ,'zZzTO'),       \n(      37240 ,'zZzTv'),       \n(     313801 ,'zzzUM'),       \n(     782427 ,'ZZZva'),       \n(     907955 ,'zZZvP'),       \n(     453491 ,'zzZWV'),       \n(     756594 ,'ZZZXU'),       \n(     718061 ,'ZZzZH')
SET SQL_MODE= @orig_sql_mode
CREATE TABLE t1 (s1 INT PRIMARY KEY) PARTITION BY HASH(s1)
INSERT INTO t1_part VALUES (1, 1) , (10, 10)
UPDATE t1_part AS A NATURAL JOIN v1 as B SET A.nokey = 2 , B.partkey = 3
UPDATE t1_part AS A NATURAL JOIN t1_part B SET A.nokey = 2 , B.nokey = 3
DROP TABLE t1_part
SELECT 1 FROM t1 JOIN t1 AS t2 USING (a)
CREATE TABLE t1(a INT PRIMARY KEY) PARTITION BY LINEAR KEY (a)
CREATE ALGORITHM=TEMPTABLE VIEW vtmp AS\nSELECT 1 FROM t1 AS t1_0 JOIN t1 ON t1_0.a LIKE (SELECT 1 FROM t1)
INSERT INTO t1 VALUES (1),(2),(2),(3),(4)
select * from t1 where hours_worked_per_week = 40 and weeks_worked_last_year = 52 and dob < '1949-11-21'
select * from t1 IGNORE INDEX(dob, weeks_worked_last_year, hours_worked_per_week) where hours_worked_per_week = 40 and weeks_worked_last_year = 52 and dob < '1949-11-21'
ALTER TABLE t1 ADD PARTITION IF NOT EXISTS(\nPARTITION `p5` VALUES LESS THAN (2010)\nCOMMENT 'APSTART \\' APEND'\n)
SELECT * FROM t1 WHERE a LIKE '1'
CREATE TABLE t1 (a INT)\n  PARTITION BY LIST (a) (\n      PARTITION p0 VALUES IN (8),\n      PARTITION p1 VALUES IN (4,7,0),\n      PARTITION p2 VALUES IN (9,2,5),\n      PARTITION p3 VALUES IN (3,1,6))
ALTER TABLE t1 DROP a, ADD a INT NOT NULL DEFAULT 0
CALL mtr.add_suppression("corrupted: row in wrong partition:")
HANDLER h CLOSE
INSERT INTO `test_data` (`hid`, `itid`, `clocktime`, `values`) VALUES\n     (1, 1, '2015-03-10 06:25:16', 0.0000),\n     (1, 1, '2015-03-10 06:26:24', 0.0000),\n     (1, 1, '2015-03-10 06:27:32', 0.0000),\n     (1, 1, '2015-03-10 06:28:40', 0.0000),\n     (1, 1, '2015-03-10 06:29:49', 0.0000),\n     (1, 1, '2015-03-10 06:30:57', 0.0000),\n     (1, 1, '2015-03-10 06:32:05', 0.0000),\n     (1, 1, '2015-03-10 06:33:14', 0.0000),\n     (1, 1, '2015-03-10 06:34:22', 0.0000),\n     (1, 1, '2015-03-10 06:35:30', 0.0000),\n     (1, 1, '2015-03-10 06:36:39', 0.0000),\n     (1, 1, '2015-03-10 06:37:47', 0.0000),\n     (1, 1, '2015-03-10 06:38:55', 0.0000),\n     (1, 1, '2015-03-10 06:40:03', 0.0000),\n     (1, 1, '2015-03-10 06:41:09', 0.0000),\n     (1, 1, '2015-03-10 06:42:21', 0.0000),\n     (1, 1, '2015-03-10 06:43:29', 0.0000),\n     (1, 1, '2015-03-10 06:44:37', 0.0000),\n     (1, 1, '2015-03-10 06:45:46', 0.0000),\n     (1, 1, '2015-03-10 06:47:05', 0.0000),\n     (1, 1, '2015-03-10 06:48:21', 0.0000),\n     (1, 1, '2015-03-10 06:49:41', 0.0000),\n     (1, 1, '2015-03-10 06:50:58', 0.0000),\n     (1, 1, '2015-03-10 06:52:08', 0.0000),\n     (1, 1, '2015-03-10 06:53:17', 0.0000),\n     (1, 1, '2015-03-10 06:54:25', 0.0000),\n     (563, 1, '2015-03-17 14:28:28', 0.3125),\n     (563, 1, '2015-03-17 14:29:39', 0.2775),\n     (563, 1, '2015-03-17 14:30:49', 0.2675)
drop procedure create_part_max
insert t1 values (0, '2000-01-02', 0)
create table t1(id int, d date not null, b bool not null default 0, primary key(id,d))\npartition by range columns (d) (\npartition p1 values less than ('2016-10-18'),\npartition p2 values less than ('2020-10-19'))
alter table t1 drop primary key, drop column x, add primary key (pk), algorithm=inplace
select * from t1 partition(p1)
alter table t rename column a to b, algorithm=nocopy
create table t (k int, l int)\npartition by range (k)\nsubpartition by hash(l) subpartitions 4\n(partition p0 values less than (5))
create or replace table t1 (x int)\npartition by list(x) (\n  partition partition values in (2, 3, 4),\n  pn values in (52, 53, 54))
create table t1 (col1 datetime)\npartition by range(datediff(col1,col1))\n(partition p0 values less than (10), partition p1 values less than (30))
create table t1 (col1 int)\npartition by range(ifnull(col1,5))\n(partition p0 values less than (2), partition p1 values less than (6))
create table t1 (col1 int)\npartition by range(nullif(col1,5))\n(partition p0 values less than (2), partition p1 values less than (6))
create table t1 (col1 char(5))\npartition by range(bit_length(col1))\n(partition p0 values less than (2), partition p1 values less than (6))
create table t1 (col1 char(5))\npartition by range(character_length(col1))\n(partition p0 values less than (2), partition p1 values less than (6))
create table t1 (col1 char(5))\npartition by range(find_in_set(col1,'1'))\n(partition p0 values less than (2), partition p1 values less than (6))
create table t1 (col1 int)\npartition by range(locate(1,col1))\n(partition p0 values less than (2), partition p1 values less than (6))
create table t1 (col1 char(5))\npartition by range(strcmp(col1,2))\n(partition p0 values less than (2), partition p1 values less than (6))
create table t1 (col1 datetime)\npartition by range(timestampdiff(day,5,col1))\n(partition p0 values less than (10), partition p1 values less than (30))
create table t1 (col1 int)\npartition by range(col1 & 20)\n(partition p0 values less than (10), partition p1 values less than (30))
SELECT PARTITION_NAME,TABLE_ROWS\nFROM INFORMATION_SCHEMA.PARTITIONS\nWHERE TABLE_NAME = 't1'
CREATE TABLE t1 (a DECIMAL)\nPARTITION BY RANGE COLUMNS (a)\n(PARTITION p0 VALUES LESS THAN (0))
CREATE TABLE t1 (a BLOB)\nPARTITION BY RANGE COLUMNS (a)\n(PARTITION p0 VALUES LESS THAN ("X"))
insert into t1 values ('A','A')
create table t1 (a varchar(5))\npartition by list columns(a)\n( partition p0 values in ('\\''),\n  partition p1 values in ('\\\\'),\n  partition p2 values in ('\\0'))
create table t1 (a int, b char(10), c varchar(25), d datetime)\npartition by range columns(a,b,c,d)\nsubpartition by hash (to_seconds(d))\nsubpartitions 4\n( partition p0 values less than (1, 0, MAXVALUE, '1900-01-01'),\n  partition p1 values less than (1, 'a', MAXVALUE, '1999-01-01'),\n  partition p2 values less than (1, 'a', MAXVALUE, MAXVALUE),\n  partition p3 values less than (1, MAXVALUE, MAXVALUE, MAXVALUE))
select partition_method, partition_expression, partition_description\n  from information_schema.partitions where table_name = "t1"
create table t1 (a int signed)\npartition by list (a)\n( partition p0 values in (1, 3, 5, 7, 9, NULL),\n  partition p1 values in (2, 4, 6, 8, 0))
select * from t1 where a = 1
select * from t1 where a > 8
create table t1 (a int)\npartition by list (a)\n( partition p0 values in (1),\n  partition p1 values in (1))
explain partitions select * from t1 where a = 1 AND b <= 'A' and c = 1
create table t1 (a char, b char, c char)\npartition by list columns(a)\n( partition p0 values in ('a'))
create table t1 (a int, b int)\npartition by range columns(a,b)\n(partition p0 values less than (1, 0),\n partition p1 values less than (2, maxvalue),\n partition p2 values less than (3, 3),\n partition p3 values less than (10, maxvalue))
alter table t1\npartition by range columns(b,a)\n(partition p0 values less than (1,2),\n partition p1 values less than (3,3),\n partition p2 values less than (9,5))
create table t1 (a int, b int)\npartition by list columns(a,b)\nsubpartition by hash (b)\nsubpartitions 2\n(partition p0 values in ((0,0), (1,1)),\n partition p1 values in ((1000,1000)))
insert into t1 values (1000,1000)
create table t2 (a int not null) partition by range(a) (\n  partition p0 values less than (10),\n  partition p1 values less than (20),\n  partition p2 values less than (30),\n  partition p3 values less than (40),\n  partition p4 values less than (50),\n  partition p5 values less than (60),\n  partition p6 values less than (70)\n)
create table t1 (a int)\nengine = csv\npartition by list (a)\n(partition p0 values in (null))
ALTER TABLE general_log ENGINE = MyISAM
SET GLOBAL general_log =1
ALTER TABLE general_log RENAME TO gl_partitioned
create table t1 (a bit not null) partition by key (a)
create table t1 (a int not null) partition by key (a)
create table t1 (a date not null) partition by key (a)
insert into t1 values ('2001-01-01')
insert into t1 values ('2001-01-01 01:02:03')
select * from t1 where a = '2001'
create table t1 (a varchar(300) character set utf8 not null) partition by key (a)
create table t1 (a char(10) character set utf8 not null) partition by key (a)
create table t1 (a bigint) partition by key (a)
create table t1 (a varchar(3070)) partition by key (a)
create table t1 (a varchar(65532) not null) partition by key (a)
create table t1 (a varchar(65535)) partition by key (a)
INSERT INTO t1 VALUES ('2038-01-19 03:14:07', 'UTC')
INSERT INTO t1 VALUES ('2011-03-26 22:59:59', 'UTC')
INSERT INTO t1 VALUES ('2011-03-26 23:00:00', 'UTC')
INSERT INTO t1 VALUES ('2011-10-29 23:00:01', 'UTC')
INSERT IGNORE INTO t1 VALUES ('2011-03-27 02:59:59', 'MoscowI')
INSERT INTO t1 VALUES ('2011-03-27 01:59:59', 'Moscow')
INSERT INTO t1 VALUES ('2011-10-30 01:59:59', 'Moscow')
SELECT * FROM t2\nWHERE a BETWEEN '2011-03-01 00:00:00' and '2011-03-26 23:00:00' ORDER BY a, tz
SELECT * FROM t2\nWHERE a BETWEEN '2011-03-26 22:59:59' and '2011-03-28 00:00:00' ORDER BY a, tz
EXPLAIN PARTITIONS\nSELECT * FROM t2\nWHERE a BETWEEN '2011-10-01 00:00:00' and '2011-10-29 23:00:00' ORDER BY a, tz
SELECT * FROM t2\nWHERE a BETWEEN '2011-10-29 22:59:59' and '2011-10-31 00:00:00' ORDER BY a, tz
SELECT * FROM t2\nWHERE a BETWEEN '2011-03-01 00:00:00' and '2011-03-27 03:00:00' ORDER BY a, tz
EXPLAIN PARTITIONS\nSELECT * FROM t2\nWHERE a BETWEEN '2011-10-29 01:59:59' and '2011-10-31 00:00:00' ORDER BY a, tz
SET DEBUG_SYNC= 'now WAIT_FOR removing_partitioning'
SET DEBUG_SYNC= 'alter_table_before_open_tables SIGNAL removing_partitions WAIT_FOR waiting_for_alter'
create table t1 (a int, b int)\n  PARTITION BY LIST (a)\n  (\n    PARTITION p2 VALUES IN (4,5,6),\n    PARTITION p1 VALUES IN (1),\n    PARTITION p0 DEFAULT,\n    PARTITION p3 DEFAULT\n  )
create table t1 (a int, b int)\n  PARTITION BY LIST (a)\n  (\n    PARTITION p0 DEFAULT,\n    PARTITION p2 VALUES IN (4,5,6),\n    PARTITION p1 VALUES IN (1),\n    PARTITION p3 DEFAULT\n  )
create table t1 (a int, b int)\n  PARTITION BY LIST COLUMNS(a,b)\n  (\n    PARTITION p2 VALUES IN ((1,4),(2,5),(3,6)),\n    PARTITION p1 VALUES IN ((1,1),(0,0)),\n    PARTITION p0 DEFAULT\n  )
select * from t1 where a<=10
select * from t1 where a=10 and b=10
alter table t1\n  PARTITION BY LIST (a+5)\n  (\n    PARTITION p2 VALUES IN (1,2,3,7),\n    PARTITION p1 VALUES IN (0),\n    PARTITION p0 DEFAULT\n  )
alter table t1\n  PARTITION BY LIST (a)\n  (\n    PARTITION p2 VALUES IN (1,2,3),\n    PARTITION p1 VALUES IN (20,0),\n    PARTITION p0 VALUES IN (10)\n  )
alter table t1 add partition (PARTITION pd DEFAULT)
alter table t1 add partition\n (partition p0 VALUES IN (2,3))
explain partitions\nselect * from t1 where i = 10 and j=1
explain partitions \nselect * from t1 \nwhere a>=10  and (a <=10 and b <=30)
create table t1 (i int) partition by list (i) ( partition p1 default)
alter table t1 partition by list (i) (\n  partition p0 values in (NULL),\n  partition p1 values in (1),\n  partition p2 default)
ALTER TABLE t1 EXCHANGE PARTITION p0 WITH TABLE v1
CREATE TABLE t1 (a int)\nPARTITION BY HASH (a)\nPARTITIONS 2
ALTER TABLE t1 ORDER BY b
CREATE TABLE t1 (a INT, b INT, PRIMARY KEY (a,b))\nPARTITION BY KEY(a, b, a)
CREATE TABLE t1 (a TIME)\nPARTITION BY HASH (TO_DAYS(a))
CREATE TABLE t1 (a DATETIME)\nPARTITION BY HASH (TO_DAYS(a))
CREATE TABLE t1 (a VARCHAR(10))\nPARTITION BY HASH (DAYOFMONTH(a))
CREATE TABLE t1 (a DATETIME)\nPARTITION BY HASH (MONTH(a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (MONTH(a))
CREATE TABLE t1 (a VARCHAR(10))\nPARTITION BY HASH (DAYOFYEAR(a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (MINUTE(a))
CREATE TABLE t1 (a DATETIME)\nPARTITION BY HASH (YEARWEEK(a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (WEEKDAY(a))
CREATE TABLE t1 (a VARCHAR(10))\nPARTITION BY HASH (WEEKDAY(a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (TO_SECONDS(a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (TO_SECONDS(a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (TIME_TO_SEC(a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (FROM_DAYS(a))
CREATE TABLE t1 (a DATETIME)\nPARTITION BY HASH (FROM_DAYS(a))
CREATE TABLE t1 (a VARCHAR(10))\nPARTITION BY HASH (FROM_DAYS(a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (FROM_DAYS(a))
SET default_week_format = 7
CREATE TABLE t1 (a VARCHAR(10))\nPARTITION BY HASH (EXTRACT(YEAR_MONTH FROM a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (EXTRACT(QUARTER FROM a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (EXTRACT(WEEK FROM a))
CREATE TABLE t1 (a VARCHAR(10))\nPARTITION BY HASH (EXTRACT(DAY_HOUR FROM a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (EXTRACT(DAY_HOUR FROM a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (EXTRACT(DAY_MINUTE FROM a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (EXTRACT(DAY_MINUTE FROM a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (EXTRACT(DAY_SECOND FROM a))
CREATE TABLE t1 (a VARCHAR(10))\nPARTITION BY HASH (EXTRACT(DAY_SECOND FROM a))
CREATE TABLE t1 (a TIME)\nPARTITION BY HASH (EXTRACT(HOUR FROM a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (EXTRACT(HOUR FROM a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (EXTRACT(HOUR FROM a))
CREATE TABLE t1 (a TIME)\nPARTITION BY HASH (EXTRACT(DAY_MICROSECOND FROM a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (EXTRACT(DAY_MICROSECOND FROM a))
CREATE TABLE t1 (a TIME)\nPARTITION BY HASH (EXTRACT(HOUR_MICROSECOND FROM a))
CREATE TABLE t1 (a TIME)\nPARTITION BY HASH (EXTRACT(MINUTE_MICROSECOND FROM a))
CREATE TABLE t1 (a DATETIME)\nPARTITION BY HASH (EXTRACT(MINUTE_MICROSECOND FROM a))
CREATE TABLE t1 (a INT)\nPARTITION BY HASH (EXTRACT(MINUTE_MICROSECOND FROM a))
CREATE TABLE t1 (a TIME)\nPARTITION BY HASH (EXTRACT(SECOND_MICROSECOND FROM a))
CREATE TABLE t1 (a DATE)\nPARTITION BY HASH (EXTRACT(SECOND_MICROSECOND FROM a))
CREATE TABLE t1 (a INT, b DATETIME)\nPARTITION BY HASH (DATEDIFF(a, b))
ALTER TABLE t2\nPARTITION BY RANGE (TO_DAYS(c))\n(PARTITION p0 VALUES LESS THAN (10000),\n PARTITION p1 VALUES LESS THAN (MAXVALUE))
CREATE TABLE t1 (c TIMESTAMP)\nPARTITION BY RANGE (c)\n(PARTITION p0 VALUES LESS THAN ('2000-01-01 00:00:00'),\n PARTITION p1 VALUES LESS THAN (MAXVALUE))
CREATE TABLE t1 (c TIMESTAMP)\nPARTITION BY HASH (c) PARTITIONS 4
SET @@sql_mode='NO_DIR_IN_CREATE'
CREATE TABLE t1 (id INT, purchased DATE)\nPARTITION BY RANGE(YEAR(purchased))\nSUBPARTITION BY HASH(TO_DAYS(purchased)) SUBPARTITIONS 2\n(PARTITION p0 VALUES LESS THAN MAXVALUE\n (SUBPARTITION sp0\n   DATA DIRECTORY = '/tmp/not-existing' \n   INDEX DIRECTORY = '/tmp/not-existing',\n  SUBPARTITION sp1))
CREATE TABLE t1 (\n  a int\n)\nPARTITION BY RANGE (a)\n(\n  PARTITION p0 VALUES LESS THAN (1),\n  PARTITION p1 VALU ES LESS THAN (2)\n)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by hash (a + d)\npartitions 3\n(partition x1 tablespace ts1,\n partition x2 tablespace ts2,\n partition x3 tablespace ts3)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by key (a)\npartitions 3\n(partition x1, partition x2)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by hash (rand(a))\npartitions 2\n(partition x1, partition x2)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by range (rand(a))\npartitions 2\n(partition x1 values less than (0), partition x2 values less than (2))
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by hash (a)\npartitions 2\n(partition x1 values in (4,6),\n partition x2 values in (5,7))
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key (a,b))\npartition by key (a)\nsubpartition by hash (a+b)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key (a,b))\npartition by key (a)\nsubpartition by hash (3+4)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by range (sin(a))\npartitions 2\n(partition x1 values less than (4),\n partition x2 values less than (5))
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key (a,b))\npartition by list (a)\nsubpartition by hash (a+b)\nsubpartitions 3\n( partition x1 values in (1,2,4)\n  ( subpartition x11 nodegroup 0,\n    subpartition x12 nodegroup 1),\n  partition x2 values in (3,5,6)\n  ( subpartition x21 nodegroup 0,\n    subpartition x22 nodegroup 1)\n)
create table t1 (a int)\npartition by hash(CURTIME() + a)
CREATE TABLE new (a TIMESTAMP NOT NULL PRIMARY KEY)\nPARTITION BY RANGE (CEILING(a)) (\nPARTITION p VALUES LESS THAN (20080819),\nPARTITION pmax VALUES LESS THAN MAXVALUE)
CREATE TABLE new (a TIMESTAMP NOT NULL PRIMARY KEY)\nPARTITION BY RANGE (TO_DAYS(a)) (\nPARTITION p VALUES LESS THAN (733638),\nPARTITION pmax VALUES LESS THAN MAXVALUE)
CREATE TABLE new (a TIMESTAMP NOT NULL PRIMARY KEY)\nPARTITION BY RANGE (HOUR(a)) (\nPARTITION p VALUES LESS THAN (17),\nPARTITION pmax VALUES LESS THAN MAXVALUE)
ALTER TABLE old\nPARTITION BY RANGE (YEAR(a)) (\nPARTITION p VALUES LESS THAN (2008),\nPARTITION pmax VALUES LESS THAN MAXVALUE)
ALTER TABLE old\nPARTITION BY RANGE (YEAR(a + 0)) (\nPARTITION p VALUES LESS THAN (2008),\nPARTITION pmax VALUES LESS THAN MAXVALUE)
ALTER TABLE t1\nPARTITION BY RANGE (EXTRACT(DAY FROM a)) (\nPARTITION p VALUES LESS THAN (18),\nPARTITION pmax VALUES LESS THAN MAXVALUE)
uninstall plugin example
CREATE TABLE t2 (s1 INT, FOREIGN KEY (s1) REFERENCES t1 (s1)) ENGINE=InnoDB
CREATE TABLE t (a INT,\n  b VARCHAR(55),\n  PRIMARY KEY (a))\nENGINE = MyISAM
INSERT INTO tsp VALUES (2, "First value"), (10, "Ten"), (50, "Fifty"), (200, "Two hundred, end of values"), (61, "Sixty one"), (62, "Sixty two"), (63, "Sixty three"), (64, "Sixty four"), (161, "161"), (162, "162"), (163, "163"), (164, "164")
SELECT * FROM tsp
ALTER TABLE tp ENGINE = MyISAM
ALTER TABLE t ADD KEY ba_key (b, a)
ALTER TABLE t DROP KEY b_key
ALTER TABLE t CHANGE a c INT
DROP TABLE t, tp, tsp
ALTER TABLE t PARTITION BY RANGE (UNIX_TIMESTAMP(event_time) DIV 1)\n(PARTITION p0 VALUES LESS THAN (123456789),\n PARTITION pMAX VALUES LESS THAN MAXVALUE)
INSERT INTO t VALUES ("First in t", '2000-01-02 03:04:25'), ("a test in t", '0000-00-00 00:00:00'), ("Echo in t", '2010-01-01 05:12:24')
CREATE TABLE t1 (a INT, PRIMARY KEY(a)) ENGINE=InnoDB PARTITION BY KEY(a) PARTITIONS 2
create or replace table t2(\n  id int primary key,\n  col1 int,\n  col2 boolean as (true))\n  partition by list (id) ( partition p1 values in (1)\n)
alter table t exchange partition p0 with table tp
create table tp (a int, b int)
CREATE TABLE t1 (a INT, KEY(a DESC)) PARTITION BY KEY(a) PARTITIONS 4
CREATE TABLE t1 (a int)\nENGINE = InnoDB\nPARTITION BY HASH (a) PARTITIONS 2
INSERT INTO v1 VALUES (32)
SHOW CREATE TABLE t1 PARTITION (subp0)
INSERT INTO t1 PARTITION (pNeg, pNeg) VALUES (-1, "pNeg(-subp1)")
INSERT INTO t1 PARTITION (pNeg, subp0) VALUES (-3, "pNeg(-subp1)")
INSERT INTO t1 PARTITION (`p100-99999`) VALUES (1, "error"), (10, "error")
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a = 1000000
SELECT * FROM t1 PARTITION
REPLACE INTO t1 PARTITION (subp0) VALUES (-21, 'Should fail!')
SELECT * FROM t1 PARTITION (pNeg, `p10-99`) INTO OUTFILE 'loadtest.txt'
INSERT INTO t2 PARTITION (subp3) SELECT * FROM t1 PARTITION (subp3, `p10-99`, `p100-99999`)
DELETE t1, t2 FROM t1 PARTITION (pNeg), t3, t2 PARTITION (subp3)\nWHERE t1.a = t3.a AND t3.b = 'subp3' AND t3.a = t2.a
SELECT * FROM t1 PARTITION (p0)
CREATE TABLE `t3` (\n  `id` int(32) default NULL,\n  `name` varchar(32) default NULL\n) ENGINE=MyISAM DEFAULT CHARSET=latin1 \nPARTITION BY LIST (id) (\n  PARTITION p0 VALUES IN (1,3,5,7),\n  PARTITION p1 VALUES IN (0,2,4,6,8),\n  PARTITION p2 VALUES IN (9,10,11,12,13)\n)
INSERT INTO `t3` VALUES (1,'first'), (3,'third'),(5,'fifth'),(7,'seventh'),(0,'zilch'),(2,'second'),(4,'fourth'),(6,'sixth'),(8,'eighth'),(9,'ninth'),(10,'tenth'),(11,'eleventh'),(12,'twelfth'),(13,'thirteenth')
SELECT * FROM `t3` PARTITION (p1)
DROP TABLE IF EXISTS `t4`
INSERT INTO `t5` VALUES (2, 'bbbbbbb', '2005-08-05 00:00:00')
INSERT INTO `t5` VALUES (9, 'iiiiiii', '1979-01-05 00:00:00')
INSERT INTO `t5` VALUES (11, 'kkkkkkk', '1993-01-05 00:00:00')
INSERT INTO `t5` VALUES (16, 'qqqqqqq', '1974-04-11 00:00:00')
INSERT INTO `t5` VALUES (19, 'ttttttt', '1999-08-02 00:00:00')
SELECT * FROM `t5` PARTITION(s3) ORDER BY id
SELECT * FROM `t5` PARTITION(s4) ORDER BY id
CREATE TABLE t1\n(a INT NOT NULL,\n b varchar (64),\n INDEX (b,a),\n PRIMARY KEY (a))\nPARTITION BY RANGE (a)\nSUBPARTITION BY HASH (a) SUBPARTITIONS 3\n(PARTITION pNeg VALUES LESS THAN (0)\n (SUBPARTITION subp0,\n  SUBPARTITION subp1,\n  SUBPARTITION subp2),\n PARTITION `p0-29` VALUES LESS THAN (30)\n (SUBPARTITION subp3,\n  SUBPARTITION subp4,\n  SUBPARTITION subp5),\n PARTITION `p30-299` VALUES LESS THAN (300)\n (SUBPARTITION subp6,\n  SUBPARTITION subp7,\n  SUBPARTITION subp8),\n PARTITION `p300-2999` VALUES LESS THAN (3000)\n (SUBPARTITION subp9,\n  SUBPARTITION subp10,\n  SUBPARTITION subp11),\n PARTITION `p3000-299999` VALUES LESS THAN (300000)\n (SUBPARTITION subp12,\n  SUBPARTITION subp13,\n  SUBPARTITION subp14))
SELECT * FROM t1 PARTITION (subp3)
SET @@default_storage_engine = @old_default_storage_engine
CREATE TABLE t1 (i INT) ENGINE=MEMORY PARTITION BY RANGE (i) (PARTITION p0 VALUES LESS THAN (4), PARTITION pm VALUES LESS THAN MAXVALUE)
revoke alter on mysqltest_1.* from mysqltest_1@localhost
revoke select,alter,drop on mysqltest_1.* from mysqltest_1@localhost
ALTER TABLE t1 COALESCE PARTITION 13
select * from t1 where a > 3 and a <= 6
select * from t1 where a > 5
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by hash (a + 2)\npartitions 3\n(partition x1 tablespace ts1,\n partition x2 tablespace ts2,\n partition x3 tablespace ts3)
update t1 set c=3 where b=1
ALTER TABLE t1\npartition by hash (a + 3)\npartitions 3\n(partition x1 tablespace ts1,\n partition x2 tablespace ts2,\n partition x3 tablespace ts3)
CREATE TABLE t1 (f1 INTEGER, f2 char(20)) ENGINE = 'MYISAM' PARTITION BY HASH(f1) PARTITIONS 2
insert into t1 values\n(136,'abc','2002-01-05'),(142,'abc','2002-02-14'),(162,'abc','2002-06-28'),\n(182,'abc','2002-11-09'),(158,'abc','2002-06-01'),(184,'abc','2002-11-22')
set session default_storage_engine='innodb'
INSERT INTO t1 SELECT a + 120, b FROM t1 WHERE a >= 0
SELECT 1 FROM t1 WHERE a > (SELECT LAST_INSERT_ID() FROM t1 LIMIT 0)\nORDER BY a
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a = 90
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a > 100
CREATE TABLE t2 (\n  id INT,\n  PRIMARY KEY (id)\n) ENGINE=InnoDB
ALTER TABLE t1 PARTITION BY HASH (id) PARTITIONS 1
ALTER TABLE t1 ADD CONSTRAINT test_ibfk_1 FOREIGN KEY (parent_id) REFERENCES t2 (id)
create table t1 (a varchar(5), b int signed, c varchar(10), d datetime)\npartition by range columns(b,c)\nsubpartition by hash(to_seconds(d))\n( partition p0 values less than (2, 'b'),\n  partition p1 values less than (4, 'd'),\n  partition p2 values less than (10, 'za'))
SET @old_tx_isolation := @@session.tx_isolation
SELECT a FROM t1 WHERE b = 0 ORDER BY a DESC
INSERT INTO t1 VALUES (concat(repeat('MySQL',100),'1'),repeat('0',257))
SELECT right(a,1) FROM t1 WHERE b = repeat('0',257) ORDER BY a ASC
create table t1 (a int)\nengine = innodb\npartition by key (a)
create table t1\n(\n  id int unsigned auto_increment,\n  time datetime not null,\n  first_name varchar(40),\n  last_name varchar(50),\n  primary key (id, time),\n  index first_index (first_name),\n  index last_index (last_name)\t\n) engine=Innodb partition by range (to_days(time)) (\n  partition p1 values less than (to_days('2007-02-07')),\n  partition p2 values less than (to_days('2007-02-08')),\n  partition p3 values less than MAXVALUE\n)
SELECT * FROM t1 WHERE first_name='Andy' OR last_name='Jake'
SET @old_mode = @@sql_mode
CREATE TABLE t1 (a bigint not null, b int not null, PRIMARY KEY (a))\n  ENGINE = InnoDB PARTITION BY KEY(a) PARTITIONS 2
CREATE TABLE t1 (\n a INT,\n b INT,\n c INT,\n PRIMARY KEY (c,a), KEY (a),KEY (a)\n) ENGINE=INNODB PARTITION BY KEY () PARTITIONS 2
INSERT INTO `t1` VALUES (2,96,'2013-03-08 16:28:05')
CREATE TABLE `t2` (\n  `DIARY_SEQ` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `IMORY_ID` bigint(20) NOT NULL,\n  `CALL_TYPE` varchar(1) DEFAULT NULL,\n  `DATA_TYPE` varchar(1) DEFAULT NULL,\n  `FEATURES` varchar(1) DEFAULT NULL,\n  `NAME` varchar(75) DEFAULT NULL,\n  `NUMBER` varchar(64) DEFAULT NULL,\n  `DATETIME` datetime NOT NULL,\n  `REG_DATE` datetime NOT NULL,\n  `TITLE` varchar(50) DEFAULT NULL,\n  `BODY` varchar(4200) DEFAULT NULL,\n  `MIME_TYPE` varchar(32) DEFAULT NULL,\n  `DURATION` varchar(16) DEFAULT NULL,\n  `DEVICE_ID` varchar(64) DEFAULT NULL,\n  `DEVICE_NAME` varchar(32) DEFAULT NULL,\n  PRIMARY KEY (`DIARY_SEQ`,`DATETIME`,`REG_DATE`),\n  KEY `IDX_TB_DIARY_01` (`IMORY_ID`,`DATETIME`,`CALL_TYPE`,`NUMBER`),\n  KEY `IDX_TB_DIARY_02` (`REG_DATE`)\n) AUTO_INCREMENT=688799006 DEFAULT CHARSET=utf8mb4\nPARTITION BY RANGE  COLUMNS(REG_DATE)\n(PARTITION p0 VALUES LESS THAN ('2015-10-01') ENGINE = InnoDB,\n PARTITION p1 VALUES LESS THAN ('2015-11-01') ENGINE = InnoDB,\n PARTITION p2 VALUES LESS THAN ('2015-12-01') ENGINE = InnoDB,\n PARTITION p3 VALUES LESS THAN ('2016-01-01') ENGINE = InnoDB,\n PARTITION p4 VALUES LESS THAN ('2016-02-01') ENGINE = InnoDB,\n PARTITION p5 VALUES LESS THAN ('2016-03-01') ENGINE = InnoDB,\n PARTITION p6 VALUES LESS THAN ('2016-04-01') ENGINE = InnoDB,\n PARTITION p7 VALUES LESS THAN ('2016-05-01') ENGINE = InnoDB,\n PARTITION p8 VALUES LESS THAN ('2016-06-01') ENGINE = InnoDB,\n PARTITION p9 VALUES LESS THAN ('2016-07-01') ENGINE = InnoDB,\n PARTITION p10 VALUES LESS THAN ('2016-08-01') ENGINE = InnoDB)
SELECT\n  A.IMORY_ID,\n  A.NUMBER,\n  A.NAME,\n  DATE_FORMAT(A.DATETIME, '%Y-%m-%d') AS TARGET_DATE,\n  SUM( CASE WHEN A.DATA_TYPE='1' THEN 1 ELSE 0 END) AS CALL_CNT,\n  SUM( CASE WHEN A.DATA_TYPE IN ('2', '3') THEN 1 ELSE 0 END) AS SMS_CNT,\n  SUM(CAST(A.DURATION AS INT)) AS DURATION,\n  ( SELECT COUNT(*)\n    FROM t1\n    WHERE IMORY_ID=A.IMORY_ID\n      AND NUMBER=A.NUMBER\n      AND NAME=A.NAME \n      AND DATETIME = DATE_FORMAT(A.DATETIME, '%Y-%m-%d')\n  ) STATS_COUNT\nFROM t2 A\nWHERE A.IMORY_ID = 55094102\n  AND A.DATETIME LIKE (\n    SELECT CONCAT (DATE_FORMAT(DATETIME, '%Y-%m-%d') ,'%')\n    FROM t2\n    WHERE IMORY_ID=55094102\n      AND DIARY_SEQ IN ( 608351221, 608351225, 608351229 )\n    group by DATE_FORMAT(DATETIME, '%Y-%m-%d')\n  )\nGROUP BY A.IMORY_ID, A.NUMBER, A.NAME, DATE_FORMAT(A.DATETIME, '%Y-%m-%d')
CREATE TABLE t2 (\n  f2 VARCHAR(5) CHARACTER SET latin1,\n  f3 VARCHAR(5) CHARACTER SET utf8,\n  f4 INT,\n  f5 VARCHAR(512) CHARACTER SET utf8,\n  f6 VARCHAR(256) CHARACTER SET utf8,\n  key (f2),\n  key (f3),\n  key (f5)\n) ENGINE=InnoDB PARTITION BY LIST COLUMNS (f4)\n  SUBPARTITION BY KEY(f6) SUBPARTITIONS 4 (\n    PARTITION p0 VALUES IN (1,3,9,null),\n    PARTITION p1 VALUES IN (2,4,0)\n)
CREATE TABLE t1\n(a INT,\n b INT,\n PRIMARY KEY (a))\n ENGINE = InnoDB\n PARTITION BY HASH (a) PARTITIONS 3
DROP view v
CREATE TABLE t_copy LIKE t
INSERT INTO t_copy SELECT * FROM t
insert into t2 (b,c,d) values (1,1,0),(2,2,0)
SET @@global.innodb_file_per_table = ON,\n@@global.innodb_strict_mode = ON
SET @@global.innodb_file_per_table = @old_innodb_file_per_table
SET GLOBAL innodb_deadlock_report=BASIC
SET GLOBAL innodb_deadlock_report= @save_report
update t1 set a=10 where a=5
update t1 set a=12 where a=2
update t1 set a=14 where a=1
SET SESSION AUTOCOMMIT = 0
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE do_retry INT DEFAULT 0;\n  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET do_retry = 1;\n  retry_loop:LOOP\n    UPDATE t1 SET b = CONCAT(b, '+con2')  WHERE a = 1;\n    IF do_retry = 0 THEN\n      LEAVE retry_loop;\n    END IF;\n    SET do_retry = 0;\n  END LOOP;\n  INSERT INTO t2 VALUES ();\nEND
INSERT INTO t1 VALUES(7)
CREATE VIEW v AS SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4
SELECT @@global.warm_cache.key_buffer_size a, @@global.warm_cache.key_cache_block_size b, @@global.warm_cache.key_cache_age_threshold c, @@global.warm_cache.key_cache_division_limit d
CACHE INDEX t1,t2 PARTITION (p0) KEY (`inx_b`) IN cold_cache
CACHE INDEX t2 INDEX (`PRIMARY`, `inx_c`) IN hot_cache
LOAD INDEX INTO CACHE t1 INDEX (`PRIMARY`,`inx_b`) IGNORE LEAVES
LOAD INDEX INTO CACHE t1 PARTITIONS ALL
DROP INDEX `inx_b` on t2
CACHE INDEX t1 INDEX (`inx_b`) IN hot_cache
CREATE TABLE t1 (a INT, b INTEGER NOT NULL, KEY (b) )\nENGINE = MYISAM\nPARTITION BY HASH(a) PARTITIONS 2
CACHE INDEX t1 PARTITION (p0) KEY (`b`) IN key_cache_none
select * from t1 where a < 1
select * from t1 where a >= 0
select * from t1 where a is null or a > 0
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null)\npartition by list(a)\npartitions 2\n(partition x123 values in (1,5,6),\n partition x234 values in (4,7,8))
INSERT into t1 VALUES (8,1,1)
INSERT into t1 VALUES (1,2,1)
INSERT into t1 VALUES (1,3,1)
INSERT into t1 VALUES (7,2,1)
DELETE from t1 WHERE a=8
CREATE TABLE t1 ( \na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by list (a)\n(partition x1 values in (1,2,9,4) tablespace ts1)
create table t1 (a char(1))\npartition by list (ascii(ucase(a)))\n(partition p1 values in (2))
CREATE TABLE ts1 (a INT, PRIMARY KEY (`a`))\nPARTITION BY LIST (`a`)\n(PARTITION `p ts_0` VALUES IN (101,102,103,104,105,106,107,108,109,110,\n                               111,112,113,114,115,116,117,118,119,120,\n                               121,122,123,124,125,126,127,128,129,130,\n                               131,132,133))
INSERT INTO ts1 VALUES (134)
create table t1 (a int)\npartition by list (a)\nsubpartition by hash (a)\n(partition p11 values in (1,2),\n partition p12 values in (3,4))
CREATE TABLE t1 (a INT)\n/*!50100 PARTITION BY HASH (a)\n/* Test\n   of multi-line\n   comment */\nPARTITIONS 5 */
ALTER TABLE t1 DROP PARTITION x0, x1, x2, x10
ALTER TABLE t1 REORGANIZE PARTITION x0,x1,x2 INTO\n(PARTITION x3 VALUES LESS THAN (6))
ALTER TABLE t1 REORGANIZE PARTITION x0,x1 INTO\n(PARTITION x01 VALUES LESS THAN (5))
ALTER TABLE t1 ADD PARTITION (PARTITION x2 VALUES IN (3,4))
CREATE TABLE t1 (a int)\nPARTITION BY KEY (a)\n(PARTITION x0, PARTITION x1)
ALTER TABLE t1 ADD PARTITION PARTITIONS 8192
ALTER TABLE t1 DROP PARTITION x2
INSERT INTO t1 VALUES (15)
create table t0 (\ntp int, a int, b int, c varchar(12), index idx (a,b)\n)
CREATE TABLE t1 (a INT)\nPARTITION BY LIST (a)\nSUBPARTITION BY HASH (a)\n( PARTITION p0 VALUES IN (0)\n( SUBPARTITION s0, SUBPARTITION s1 ENGINE=MyISAM, SUBPARTITION s2),\n  PARTITION p1 VALUES IN (1)\n( SUBPARTITION s3 ENGINE=MyISAM, SUBPARTITION s4, SUBPARTITION s5 ENGINE=MyISAM))
RENAME TABLE t1 TO `t2_new..............................................end`
CREATE TABLE t2 (b INT, c varchar(5))\n  PARTITION BY RANGE COLUMNS(c)\n  SUBPARTITION by key(b) SUBPARTITIONS 2 (\n    PARTITION p0 VALUES LESS THAN ('m'),\n    PARTITION p1 VALUES LESS THAN ('z')\n  )
INSERT INTO t1 VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)
INSERT into t1 values (2, 5)
CREATE TABLE t1 (\na int not null,\nb smallint unsigned not null,\nprimary key(a),\nindex (b))\npartition by range (a)\npartitions 2\n(partition x1 values less than (25),\n partition x2 values less than (100))
CREATE TABLE t1 (\na int not null,\nb double not null,\nprimary key(a),\nindex (b))\npartition by range (a)\npartitions 2\n(partition x1 values less than (25),\n partition x2 values less than (100))
CREATE TABLE t1 (\na int not null,\nb decimal not null,\nprimary key(a),\nindex (b))\npartition by range (a)\npartitions 2\n(partition x1 values less than (25),\n partition x2 values less than (100))
INSERT into t1 values (30, '04:00:00')
CREATE TABLE t1 (\na int not null,\nb bit(5) not null,\nc int,\nprimary key(a),\nindex (b))\npartition by range (a)\npartitions 2\n(partition x1 values less than (25),\n partition x2 values less than (100))
INSERT into t1 values (1, b'00001', NULL)
select a from t1 force index (b) where b > b'00000' order by b
INSERT into t1 values (1,  b'000000000000001', NULL)
INSERT into t1 values (2, 4)
INSERT into t1 values (40, NULL)
select * from t1 force index (b) where b < 10 ORDER BY b
select * from t1 order by a limit 3
CREATE TABLE t1 (a INT PRIMARY KEY)\nPARTITION BY RANGE (a) (\nPARTITION p0 VALUES LESS THAN (1),\nPARTITION p1 VALUES LESS THAN (2),\nPARTITION p2 VALUES LESS THAN (3),\nPARTITION p3 VALUES LESS THAN (4),\nPARTITION p4 VALUES LESS THAN (5),\nPARTITION p5 VALUES LESS THAN (6),\nPARTITION max VALUES LESS THAN MAXVALUE)
INSERT INTO t1 VALUES (-1),(0),(1),(2),(3),(4),(5),(6),(7),(8)
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a <= 1
SELECT * FROM t1 WHERE a < 2
SELECT * FROM t1 WHERE a < 3
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a < 4
SELECT * FROM t1 WHERE a <= 4
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a <= 4
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a <= 5
SELECT * FROM t1 WHERE a <= 7
SELECT * FROM t1 WHERE a = 2
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a = 4
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a = 6
SELECT * FROM t1 WHERE a = 7
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a = 7
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a >= 2
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE a >= 3
SELECT * FROM t1 WHERE a > 5
SELECT * FROM t1 WHERE a > 7
EXPLAIN PARTITIONS SELECT * FROM t1\n  WHERE b < CAST('2009-04-02 23:59:59' AS DATETIME)
EXPLAIN PARTITIONS SELECT * FROM t1\n  WHERE b <= CAST('2009-04-02 23:59:59' AS DATETIME)
EXPLAIN PARTITIONS SELECT * FROM t1\n  WHERE b > CAST('2009-04-02 23:59:59' AS DATETIME)
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE b < CAST('2009-04-03' AS DATE)
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE b = '2009-04-02 23:59:59'
EXPLAIN PARTITIONS SELECT * FROM t1\n  WHERE b < CAST('2009-04-02 23:59:58' AS DATETIME)
EXPLAIN PARTITIONS SELECT * FROM t1\n  WHERE b >= CAST('2009-04-02 23:59:58' AS DATETIME)
EXPLAIN PARTITIONS SELECT * FROM t1\n  WHERE b > CAST('2009-04-02 23:59:58' AS DATETIME)
create table t2 (\n  a int not null,\n  b int not null\n) partition by key(a,b) partitions 2
explain partitions select * from t2 where a=1
explain partitions select * from t4 where (a=10 and b=1) or (a=10 and b=2)
explain partitions select * from t4 where (a=10 and b=2) or (a=10 and b=3)\n  or (a=10 and b = 4)
explain partitions select * from t4 where (a=10 and b=2) or a=11
explain partitions select * from t5 where (c=1 and d=1)
explain partitions select * from t6 where a <  1
explain partitions select * from t6 where a <= 1
explain partitions select * from t6 where a > 0 and a < 5
create table t7 (a int not null) partition by RANGE(a) (\n  partition p10 values less than (10),\n  partition p30 values less than (30),\n  partition p50 values less than (50),\n  partition p70 values less than (70),\n  partition p90 values less than (90)\n)
explain partitions select * from t7 where a < 5
explain partitions select * from t7 where a < 9
explain partitions select * from t7 where a >= 9
explain partitions select * from t7 where a = 10
explain partitions select * from t7 where a >= 90
explain partitions select * from t7 where a > 11 and a < 29
create table t7 (a int unsigned not null) partition by RANGE(a) (\n  partition p10 values less than (10),\n  partition p30 values less than (30),\n  partition p50 values less than (50),\n  partition p70 values less than (70),\n  partition p90 values less than (90)\n)
explain partitions select * from t9 where a <= '2004-12-19'
explain partitions select * from t1 where a1 > 3
explain partitions select * from t1 where a1 < 3 and a1 > 3
explain partitions select * from t3 where a=2 or b=1
create table t1 (a int not null, b int not null, key(a), key(b))\n  partition by hash(a) partitions 4
explain partitions \nselect * from t1 X, t1 Y \nwhere X.b = Y.b and (X.a=1 or X.a=2) and (Y.a=2 or Y.a=3)
insert into t1 values (1),(1),(2),(2),(3),(4),(3),(4)
update t1,t2 set t1.a=1000, t2.a=1000 where t1.a=5 and t2.a=5
insert into t2 select A.a + 10*(B.a + 10* C.a) from t1 A, t1 B, t1 C
insert into t2 select a,1 from t1 where a < 200
explain partitions select * from t2 where a < 801 and a > 200
explain partitions select * from t2 where a > 600 and b = 5
delete from t2 where a > 600
CREATE TABLE `t2` (\n  `a` int(11) default NULL,\n  `b` int(11) default NULL,\n  index (b)\n) \nPARTITION BY RANGE (a) (\nPARTITION p0 VALUES LESS THAN (200),\nPARTITION p1 VALUES LESS THAN (400),\nPARTITION p2 VALUES LESS THAN (600),\nPARTITION p3 VALUES LESS THAN (800),\nPARTITION p4 VALUES LESS THAN (1001))
insert into t2 select a,2 from t1 where a >= 200 and a < 300
insert into t2 select a,9 from t1 where a >= 900 and a < 1001
explain extended select * from t2 where b in (7,8,9)
explain partitions select * from t2 where b > 5
explain partitions select * from t2 where b > 5 and b < 7
explain extended select * from t2 where b > 0 and b < 5
show status like 'Handler_read_key'
delete from t2 where b > 5
create table t1 (a int not null, b int not null)\npartition by list(a) \n  subpartition by hash(b) subpartitions 4 \n(\n  partition p0 values in (1),\n  partition p1 values in (2),\n  partition p2 values in (3)\n)
select * from t1 where a like 'n%'
create table t1 (s1 varchar(15)) partition by key (s1)
explain partitions select * from t1 where s1 = 0 or s1 is null
explain partitions select 1 from t1 union all select 2
insert into t1 values (18446744073709551000+1)
create table t2 (a int)\n  partition by range(a+0) (\n  partition p0 values less than (64),\n  partition p1 values less than (128),\n  partition p2 values less than (255)\n)
explain partitions select * from t2 where a >= 0xFE AND a <= 0xFF
explain partitions select * from t1 where a <= 64 AND a >= 63
CREATE TABLE t1 ( recdate  DATETIME NOT NULL )\nPARTITION BY RANGE( YEAR(recdate) ) (\n  PARTITION p0 VALUES LESS THAN (2006),\n  PARTITION p1 VALUES LESS THAN (2007)\n)
INSERT INTO t1 VALUES ('2005-03-01 12:00:00')
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE c1 = 1 AND c2 < 3
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE c1 = 2 AND c2 < 4
EXPLAIN PARTITIONS SELECT * FROM t1 WHERE c1 = 2 AND c2 > 4
insert into t2 values \n  (1000, 10, 'Engineering'),\n  (1000, 20, 'Product Management'),\n  (1000, 30, 'QA'),\n  (2000, 40, 'Support'),\n  (2000, 50, 'Professional Services')
insert into t1 values \n(1000, 10, 1, 'John'),\n(1000, 10, 2, 'Smith'),\n(1000, 20, 3, 'Jacob'),\n(1000, 20, 4, 'Brian'),\n(1000, 30, 5, 'Chris'),\n(1000, 30, 6, 'Ryan'),\n(2000, 40, 7, 'Karin'),\n(2000, 40, 8, 'Jay'),\n(2000, 50, 9, 'Ana'),\n(2000, 50, 10, 'Jessica')
insert into t2 values (3,4),(5,6)
insert into t2 select a,a,a from t0
explain partitions\nselect * from t1 left join t3 on (t1.a=t3.a and t3.part_id=3)
CREATE TABLE t1 (a INT,b INT,KEY a (a,b))
select * from t1 where a <= '2003-12-31'
create table t1 (a int, b char(20))\npartition by range(a)\n(partition p0 values less than (1,"b"))
alter table t1 add partition (partition p1 values less than (100000))
explain partitions select * from t1 where a >= 0
explain partitions select * from t1 where a <= 0
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by range (a)\npartitions 3\n(partition x1 values less than (5) tablespace ts1,\n partition x2 values less than (10) tablespace ts2,\n partition x3 values less than maxvalue tablespace ts3)
INSERT into t1 values (6, 1, 1)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by range (a)\npartitions 3\n(partition x1 values less than (5) tablespace ts1,\n partition x2 values less than (10) tablespace ts2,\n partition x3 values less than (15) tablespace ts3)
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key(a,b))\npartition by range (a)\n(partition x1 values less than (1))
CREATE TABLE t1 (\na int not null,\nb int not null,\nc int not null,\nprimary key (a,b))\npartition by range (a)\nsubpartition by hash (a+b)\n( partition x1 values less than (1)\n  ( subpartition x11 engine myisam nodegroup 0,\n    subpartition x12 engine myisam nodegroup 1),\n   partition x2 values less than (5)\n   ( subpartition x21 engine myisam nodegroup 0,\n     subpartition x22 engine myisam nodegroup 1)\n)
ALTER TABLE t1\npartition by range (a)\nsubpartition by hash (a+b)\n( partition x1 values less than (1)\n  ( subpartition x11 tablespace t1 engine myisam,\n    subpartition x12 tablespace t2 engine myisam),\n  partition x2 values less than (5)\n  ( subpartition x21 tablespace t1 engine myisam,\n    subpartition x22 tablespace t2 engine myisam)\n)
insert into t1 values (1, 'abc', '1995-01-03')
insert into t1 values (1, 'abc', '1995-01-11')
insert into t1 values (1, 'abc', '1995-01-13')
insert into t1 values (1, 'abc', '1995-01-14')
insert into t1 values (1, 'abc', '1997-01-06')
insert into t1 values (1, 'abc', '1998-01-02')
insert into t1 values (1, 'abc', '1999-01-06')
insert into t1 values (1, 'abc', '1999-01-09')
insert into t1 values (1, 'abc', '1999-01-12')
insert into t1 values (1, 'abc', '2000-01-04')
insert into t1 values (1, 'abc', '2000-01-07')
insert into t1 values (1, 'abc', '2000-01-11')
insert into t1 values (1, 'abc', '2000-01-13')
insert into t1 values (1, 'abc', '2000-01-14')
insert into t1 values (1, 'abc', '2001-01-11')
INSERT INTO t1 VALUES ('2003-01-13'),('2003-06-20'),('2003-08-30')
INSERT INTO t1 VALUES ('2003-05-13'),('2003-11-20'),('2003-12-30')
INSERT INTO t1 VALUES ('2004-10-13'),('2004-10-20'),('2004-10-30')
INSERT INTO t1 VALUES ('2005-01-13'),('2005-01-20'),('2005-01-30')
INSERT INTO t1 VALUES ('2005-03-13'),('2005-03-20'),('2005-03-30')
INSERT INTO t1 VALUES ('2005-08-13'),('2005-08-20'),('2005-08-30')
INSERT INTO t1 VALUES ('2006-02-13'),('2006-02-20'),('2006-02-28')
INSERT INTO t1 VALUES ('2006-04-13'),('2006-04-20'),('2006-04-30')
SELECT * from t1\nWHERE (a >= '2004-07-01' AND a <= '2004-09-30') OR\n      (a >= '2005-07-01' AND a <= '2005-09-30')
SELECT a, MAX(b) FROM t1 WHERE a IN (10, 100) GROUP BY a
CREATE PROCEDURE p1()\nBEGIN\n  DROP TABLE IF EXISTS t1 ;\n \n  CREATE TABLE t1 (\n    id INT PRIMARY KEY\n  )\n  PARTITION BY RANGE (id) (\n    PARTITION P1 VALUES LESS THAN (2),\n    PARTITION P2 VALUES LESS THAN (3)\n  ); \nEND
DROP TABLE IF EXISTS tbl_with_partitions
LOCK TABLE tbl_with_partitions READ
DROP TABLE tbl_with_partitions
DELETE FROM t1 WHERE MATCH(c) AGAINST ('foo' IN BOOLEAN MODE)
alter table t1 truncate partition p1,p1
CREATE OR REPLACE TABLE t1 (a VARCHAR(10)) CHARACTER SET latin1\n  PARTITION BY LIST COLUMNS (a) (PARTITION p0 VALUES IN (_utf8'ß'))
CREATE OR REPLACE TABLE t1 (a DATE) CHARACTER SET utf8\n  PARTITION BY LIST COLUMNS (a) (PARTITION p0 VALUES IN (FROM_DAYS(100)))
SET debug_dbug=@save_dbug
create table t1 (a varchar(2) character set cp1250)\npartition by list columns (a)\n( partition p0 values in (0x80))
create table t1 (a varchar(1500), b varchar(1570))\npartition by list columns(a,b)\n( partition p0 values in (('a','b')))
INSERT INTO t1 VALUES (NULL, "first", 1)
ALTER TABLE t1 ADD PARTITION (PARTITION p3 DATA DIRECTORY = 'G:/mysqltest/p3Data' INDEX DIRECTORY = 'H:/mysqltest/p3Index')
grant create user on *.* to user1@localhost
alter user user1@localhost password expire interval 123 day
set session example_int_var= -1
UNINSTALL PLUGIN EXAMPLE
SET GLOBAL example_enum_var= e2
select @@global.example_ulong_var
alter table t1 ULL=10000000
alter table t1 change a a int complex='c,c,c'
CREATE TABLE t1 (a int) ENGINE=example ULL=10000000000000000000 one_or_two='ttt' YESNO=SSS
CREATE TABLE t1 (a int) ENGINE=example ULL=1e2
SET GLOBAL example_double_var = 500
SET GLOBAL example_double_var = 1000.51
SELECT @@SESSION.example_double_thdvar
SET SESSION example_double_thdvar = 1000.51
install soname 'ha_example'
select convert('admin𝌆' using utf8)
SELECT plugin,authentication_string FROM mysql.user WHERE User='plug'
SHOW CREATE TABLE mysql.proxies_priv
DROP USER `Ÿ`
GRANT ALL PRIVILEGES ON test_grant_db.* TO new_grant_user \n  IDENTIFIED WITH 'test_plugin_server' AS 'plug_dest'
USE test_grant_db
REVOKE SELECT on test_grant_db.* FROM joro \n  INDENTIFIED BY 'plug_dest_passwd'
GRANT ALL SELECT,PROXY ON grant_plug_dest TO grant_plug
GRANT PROXY ON grant_plug_dest TO grant_plug@localhost
SET LOCAL proxy_user = 'test'
GRANT PROXY ON power_user TO ''@'%%'
DROP DATABASE confidential_db
CREATE DATABASE shared
CREATE USER u2@localhost
INSERT IGNORE INTO mysql.user(\n  Host, \n  User, \n  Password,  \n  Select_priv, \n  Insert_priv,\n  Update_priv, \n  Delete_priv, \n  Create_priv, \n  Drop_priv,  \n  Reload_priv, \n  Shutdown_priv,\n  Process_priv, \n  File_priv, \n  Grant_priv, \n  References_priv,  \n  Index_priv, \n  Alter_priv,\n  Show_db_priv, \n  Super_priv, \n  Create_tmp_table_priv, \n  Lock_tables_priv,  \n  Execute_priv,\n  Repl_slave_priv, \n  Repl_client_priv, \n  /*!50001 \n  Create_view_priv, \n  Show_view_priv, \n  Create_routine_priv, \n  Alter_routine_priv, \n  Create_user_priv, \n  */ \n  ssl_type, \n  ssl_cipher,\n  x509_issuer, \n  x509_subject, \n  max_questions, \n  max_updates, \n  max_connections)\nVALUES (\n  'localhost', \n  'inserttest', '', \n  'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y',\n  'Y', 'Y',  'Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y', \n  /*!50001 'Y', 'Y', 'Y', 'Y', 'Y', */'', '', '', '', '0', '0', '0')
SET PASSWORD FOR bug12610784@localhost = PASSWORD('secret')
SELECT user,plugin,authentication_string FROM mysql.user WHERE user != 'root'
CREATE USER plug IDENTIFIED WITH test_plugin_server
GRANT ALL PRIVILEGES ON test_user_db.* TO plug IDENTIFIED WITH 'test_plugin_server'
CREATE USER plug IDENTIFIED WITH test_plugin_server AS ''
GRANT ALL PRIVILEGES ON test_user_db.* TO plug IDENTIFIED WITH 'test_plugin_server' AS
GRANT ALL PRIVILEGES ON test_user_db.* TO plug IDENTIFIED WITH test_plugin_server AS plug_dest
CREATE USER plug IDENTIFIED AS ''
CREATE USER plug IDENTIFIED WITH 'test_plugin_server' IDENTIFIED WITH 'test_plugin_server'
CREATE USER plug IDENTIFIED WITH 'test_plugin_server' AS '' AS 'plug_dest'
SELECT user,plugin,authentication_string,password FROM mysql.user WHERE user != 'root'
CREATE USER plüg IDENTIFIED WITH test_plugin_server AS 'plüg_dest'
SET @auth_name= 'test_plugin_server'
CREATE USER plug IDENTIFIED WITH test_plugin_server AS @auth_string
DROP USER grant_user,plug_dest
CREATE USER plug_user IDENTIFIED WITH test_plugin_server AS 'plug_dest'
GRANT ALL ON test_user_db.* TO 'plug_dest'@'%'
GRANT PROXY ON new_dest TO plug_user
DROP USER plug_user,new_dest
UPDATE mysql.global_priv SET user='plug_user' WHERE user='new_user'
DROP USER plug_dest,plug_user
CREATE USER proxied_user_5 IDENTIFIED BY 'proxied_user_5_pwd'
GRANT PROXY ON proxied_user_3 TO ''@'%%'
CREATE USER qa_test_2_user IDENTIFIED WITH qa_auth_interface AS 'qa_test_2_dest'
GRANT ALL PRIVILEGES ON test_user_db.* TO qa_test_2_dest identified by 'dest_passwd'
GRANT PROXY ON authenticated_as TO qa_test_2_user
GRANT ALL PRIVILEGES ON test_user_db.* TO qa_test_3_dest identified by 'dest_passwd'
GRANT PROXY ON qa_test_3_dest TO qa_test_3_user
CREATE USER qa_test_4_dest IDENTIFIED BY 'dest_passwd'
DROP USER qa_test_4_dest
GRANT ALL PRIVILEGES ON test_user_db.* TO qa_test_5_dest identified by 'dest_passwd'
GRANT PROXY ON qa_test_5_dest TO qa_test_5_user
CREATE USER qa_test_6_dest IDENTIFIED BY 'dest_passwd'
DROP USER qa_test_6_dest
CREATE USER qa_test_11_user IDENTIFIED WITH qa_auth_interface AS 'qa_test_11_dest'
GRANT ALL PRIVILEGES ON test_user_db.* TO qa_test_11_dest identified by 'dest_passwd'
CREATE USER qa_test_11_user IDENTIFIED WITH qa_auth_server AS 'qa_test_11_dest'
create table t1(a int) engine=example
call mtr.add_suppression("InnoDB")
GRANT INSERT ON mysql.plugin TO bug51770@localhost
GRANT DELETE ON mysql.plugin TO bug51770@localhost
DROP USER bug51770@localhost
select plugin_status from information_schema.plugins where plugin_name='query_response_time'
create or replace view v1 as select NOT NULL IS TRUE, NOT (NULL IS TRUE), (NOT NULL) IS TRUE
select NOT 2 IN (0,2), NOT (2 IN (0,2)), (NOT 2) IN (0,2) union select * from v1
select NOT 2 AND 0, NOT (2 AND 0), (NOT 2) AND 0 union select * from v1
create or replace view v1 as select NOT 2 && 0, NOT (2 && 0), (NOT 2) && 0
create or replace view v1 as select NOT 2 <= 3, NOT (2 <= 3), (NOT 2) <= 3
select NOT 2 <= 3, NOT (2 <= 3), (NOT 2) <= 3 union select * from v1
select NOT 2 <> 3, NOT (2 <> 3), (NOT 2) <> 3 union select * from v1
create or replace view v1 as select NOT 2 + 3, NOT (2 + 3), (NOT 2) + 3
select NOT 6 MOD 3, NOT (6 MOD 3), (NOT 6) MOD 3 union select * from v1
select NOT 2 ^ 3, NOT (2 ^ 3), (NOT 2) ^ 3 union select * from v1
select - 2 IS TRUE, - (2 IS TRUE), (- 2) IS TRUE union select * from v1
select - 2 IN (2,1), - (2 IN (2,1)), (- 2) IN (2,1) union select * from v1
create or replace view v1 as select - 2 OR 3, - (2 OR 3), (- 2) OR 3
create or replace view v1 as select - 2 && 3, - (2 && 3), (- 2) && 3
create or replace view v1 as select - 2 <= 3, - (2 <= 3), (- 2) <= 3
select - 2 LIKE 2, - (2 LIKE 2), (- 2) LIKE 2 union select * from v1
create or replace view v1 as select - 2 REGEXP 2, - (2 REGEXP 2), (- 2) REGEXP 2
create or replace view v1 as select - 2 | 3, - (2 | 3), (- 2) | 3
create or replace view v1 as select - '2000-01-01' +INTERVAL 1 DAY, - ('2000-01-01' +INTERVAL 1 DAY), (- '2000-01-01') +INTERVAL 1 DAY
create or replace view v1 as select - 2 - 3, - (2 - 3), (- 2) - 3
select ~ 2 IS TRUE, ~ (2 IS TRUE), (~ 2) IS TRUE union select * from v1
create or replace view v1 as select ~ 2 <=> 3, ~ (2 <=> 3), (~ 2) <=> 3
create or replace view v1 as select ~ 2 <> 3, ~ (2 <> 3), (~ 2) <> 3
create or replace view v1 as select ~ 2 != 3, ~ (2 != 3), (~ 2) != 3
select ~ 2 REGEXP 3, ~ (2 REGEXP 3), (~ 2) REGEXP 3 union select * from v1
select ~ 2 << 3, ~ (2 << 3), (~ 2) << 3 union select * from v1
create or replace view v1 as select ~ 2 >> 3, ~ (2 >> 3), (~ 2) >> 3
create or replace view v1 as select ~ '2000-01-01' +INTERVAL 1 DAY, ~ ('2000-01-01' +INTERVAL 1 DAY), (~ '2000-01-01') +INTERVAL 1 DAY
create or replace view v1 as select ~ 2 MOD 3, ~ (2 MOD 3), (~ 2) MOD 3
create or replace view v1 as select ! 2 IN (0,2), ! (2 IN (0,2)), (! 2) IN (0,2)
select ! 2 <=> 3, ! (2 <=> 3), (! 2) <=> 3 union select * from v1
select ! 2 < 3, ! (2 < 3), (! 2) < 3 union select * from v1
create or replace view v1 as select ! 2 != 3, ! (2 != 3), (! 2) != 3
create or replace view v1 as select ! 2 | 3, ! (2 | 3), (! 2) | 3
create or replace view v1 as select ! 0 << 3, ! (0 << 3), (! 0) << 3
select ! 0 * 3, ! (0 * 3), (! 0) * 3 union select * from v1
create or replace view v1 as select ! 2 DIV 3, ! (2 DIV 3), (! 2) DIV 3
select ! 2 ^ 3, ! (2 ^ 3), (! 2) ^ 3 union select * from v1
create or replace view v1 as select BINARY 'c' IN ('C','X'), BINARY ('c' IN ('C','X')), (BINARY 'c') IN ('C','X')
create or replace view v1 as select BINARY 'c' <=> 'C', BINARY ('c' <=> 'C'), (BINARY 'c') <=> 'C'
create or replace view v1 as select BINARY 'c' <> 'C', BINARY ('c' <> 'C'), (BINARY 'c') <> 'C'
create or replace view v1 as select BINARY 'c' != 'C', BINARY ('c' != 'C'), (BINARY 'c') != 'C'
create or replace view v1 as select BINARY 'c' REGEXP 'C', BINARY ('c' REGEXP 'C'), (BINARY 'c') REGEXP 'C'
select BINARY 'c' REGEXP 'C', BINARY ('c' REGEXP 'C'), (BINARY 'c') REGEXP 'C' union select * from v1
select charset(2 OR 3 COLLATE latin1_bin), charset(2 OR (3 COLLATE latin1_bin)), charset((2 OR 3) COLLATE latin1_bin) union select * from v1
select 1 OR 1 && 0, 1 OR (1 && 0), (1 OR 1) && 0 union select * from v1
select 2 OR 3 <= 0, 2 OR (3 <= 0), (2 OR 3) <= 0 union select * from v1
create or replace view v1 as select 0 OR 3 <> 3, 0 OR (3 <> 3), (0 OR 3) <> 3
select 0 OR 3 <> 3, 0 OR (3 <> 3), (0 OR 3) <> 3 union select * from v1
select 0 OR 3 != 3, 0 OR (3 != 3), (0 OR 3) != 3 union select * from v1
create or replace view v1 as select 2 OR 3 LIKE 3, 2 OR (3 LIKE 3), (2 OR 3) LIKE 3
create or replace view v1 as select 2 OR 3 | 3, 2 OR (3 | 3), (2 OR 3) | 3
select 2 OR 3 DIV 3, 2 OR (3 DIV 3), (2 OR 3) DIV 3 union select * from v1
create or replace view v1 as select 2 || 3 > 3, 2 || (3 > 3), (2 || 3) > 3
select 0 || 2 & 2, 0 || (2 & 2), (0 || 2) & 2 union select * from v1
create or replace view v1 as select 2 || 3 * 3, 2 || (3 * 3), (2 || 3) * 3
create or replace view v1 as select 0 || 3 MOD 3, 0 || (3 MOD 3), (0 || 3) MOD 3
select 0 || 3 % 3, 0 || (3 % 3), (0 || 3) % 3 union select * from v1
select NULL XOR 3 <=> 3, NULL XOR (3 <=> 3), (NULL XOR 3) <=> 3 union select * from v1
select 2 XOR 1 < 3, 2 XOR (1 < 3), (2 XOR 1) < 3 union select * from v1
select 2 XOR 3 > 3, 2 XOR (3 > 3), (2 XOR 3) > 3 union select * from v1
create or replace view v1 as select 2 XOR 3 | 3, 2 XOR (3 | 3), (2 XOR 3) | 3
create or replace view v1 as select 2 XOR 0 & 0, 2 XOR (0 & 0), (2 XOR 0) & 0
create or replace view v1 as select 2 XOR 3 + 3, 2 XOR (3 + 3), (2 XOR 3) + 3
create or replace view v1 as select 0 XOR 3 * 3, 0 XOR (3 * 3), (0 XOR 3) * 3
create or replace view v1 as select 0 XOR 3 DIV 3, 0 XOR (3 DIV 3), (0 XOR 3) DIV 3
create or replace view v1 as select 2 XOR 3 BETWEEN 0 AND 3, 2 XOR (3 BETWEEN 0 AND 3), (2 XOR 3) BETWEEN 0 AND 3
select 2 XOR 3 BETWEEN 0 AND 3, 2 XOR (3 BETWEEN 0 AND 3), (2 XOR 3) BETWEEN 0 AND 3 union select * from v1
create or replace view v1 as select 0 AND 3 XOR 3, 0 AND (3 XOR 3), (0 AND 3) XOR 3
create or replace view v1 as select 2 AND 3 = 3, 2 AND (3 = 3), (2 AND 3) = 3
select 2 AND 3 < 3, 2 AND (3 < 3), (2 AND 3) < 3 union select * from v1
create or replace view v1 as select 2 AND 3 > 1, 2 AND (3 > 1), (2 AND 3) > 1
create or replace view v1 as select 2 AND 3 != 3, 2 AND (3 != 3), (2 AND 3) != 3
create or replace view v1 as select 2 AND 3 << 3, 2 AND (3 << 3), (2 AND 3) << 3
select 2 AND 3 << 3, 2 AND (3 << 3), (2 AND 3) << 3 union select * from v1
select 2 AND '2000-01-01' +INTERVAL 1 DAY, 2 AND ('2000-01-01' +INTERVAL 1 DAY), (2 AND '2000-01-01') +INTERVAL 1 DAY union select * from v1
select 2 AND 3 * 3, 2 AND (3 * 3), (2 AND 3) * 3 union select * from v1
create or replace view v1 as select 2 AND 3 / 3, 2 AND (3 / 3), (2 AND 3) / 3
create or replace view v1 as select 2 AND 3 % 3, 2 AND (3 % 3), (2 AND 3) % 3
select 2 AND 3 BETWEEN 2 AND 3, 2 AND (3 BETWEEN 2 AND 3), (2 AND 3) BETWEEN 2 AND 3 union select * from v1
create or replace view v1 as select charset(2 && 3 COLLATE latin1_bin), charset(2 && (3 COLLATE latin1_bin)), charset((2 && 3) COLLATE latin1_bin)
select 2 && 3 = 3, 2 && (3 = 3), (2 && 3) = 3 union select * from v1
create or replace view v1 as select 2 && 3 < 3, 2 && (3 < 3), (2 && 3) < 3
create or replace view v1 as select 2 && 3 > 1, 2 && (3 > 1), (2 && 3) > 1
select 2 && 3 > 1, 2 && (3 > 1), (2 && 3) > 1 union select * from v1
select 2 && 3 >> 1, 2 && (3 >> 1), (2 && 3) >> 1 union select * from v1
create or replace view v1 as select 2 && 3 / 3, 2 && (3 / 3), (2 && 3) / 3
select 2 && 3 MOD 3, 2 && (3 MOD 3), (2 && 3) MOD 3 union select * from v1
create or replace view v1 as select 2 && 3 BETWEEN 2 AND 3, 2 && (3 BETWEEN 2 AND 3), (2 && 3) BETWEEN 2 AND 3
select 2 = 3 IS FALSE, 2 = (3 IS FALSE), (2 = 3) IS FALSE union select * from v1
select charset(2 = 3 COLLATE latin1_bin), charset(2 = (3 COLLATE latin1_bin)), charset((2 = 3) COLLATE latin1_bin) union select * from v1
create or replace view v1 as select 2 = 3 IN (0,1), 2 = (3 IN (0,1)), (2 = 3) IN (0,1)
select 1 = 3 <=> 3, 1 = (3 <=> 3), (1 = 3) <=> 3 union select * from v1
select 1 = 3 >= 3, 1 = (3 >= 3), (1 = 3) >= 3 union select * from v1
create or replace view v1 as select 2 = 3 | 3, 2 = (3 | 3), (2 = 3) | 3
create or replace view v1 as select 2 = 3 - 3, 2 = (3 - 3), (2 = 3) - 3
create or replace view v1 as select 2 <=> 3 OR 3, 2 <=> (3 OR 3), (2 <=> 3) OR 3
select 2 <=> 3 OR 3, 2 <=> (3 OR 3), (2 <=> 3) OR 3 union select * from v1
create or replace view v1 as select 2 <=> 2 && 2, 2 <=> (2 && 2), (2 <=> 2) && 2
select 2 <=> 2 && 2, 2 <=> (2 && 2), (2 <=> 2) && 2 union select * from v1
select 2 <=> 3 <> 3, 2 <=> (3 <> 3), (2 <=> 3) <> 3 union select * from v1
select 3 <=> 9 DIV 3, 3 <=> (9 DIV 3), (3 <=> 9) DIV 3 union select * from v1
select 3 <=> 3 % 3, 3 <=> (3 % 3), (3 <=> 3) % 3 union select * from v1
select 2 <=> 3 ^ 3, 2 <=> (3 ^ 3), (2 <=> 3) ^ 3 union select * from v1
create or replace view v1 as select 2 >= 3 >= 3, 2 >= (3 >= 3), (2 >= 3) >= 3
select 0 >= 2 < 3, 0 >= (2 < 3), (0 >= 2) < 3 union select * from v1
create or replace view v1 as select 2 >= 3 REGEXP 3, 2 >= (3 REGEXP 3), (2 >= 3) REGEXP 3
create or replace view v1 as select 2 >= '2000-01-01' +INTERVAL 1 DAY, 2 >= ('2000-01-01' +INTERVAL 1 DAY), (2 >= '2000-01-01') +INTERVAL 1 DAY
select 2 >= '2000-01-01' +INTERVAL 1 DAY, 2 >= ('2000-01-01' +INTERVAL 1 DAY), (2 >= '2000-01-01') +INTERVAL 1 DAY union select * from v1
select 2 >= 3 - 3, 2 >= (3 - 3), (2 >= 3) - 3 union select * from v1
select 2 >= 3 % 3, 2 >= (3 % 3), (2 >= 3) % 3 union select * from v1
create or replace view v1 as select 2 >= 3 ^ 3, 2 >= (3 ^ 3), (2 >= 3) ^ 3
select 2 >= 3 BETWEEN 1 AND 3, 2 >= (3 BETWEEN 1 AND 3), (2 >= 3) BETWEEN 1 AND 3 union select * from v1
select charset(2 <= 3 COLLATE latin1_bin), charset(2 <= (3 COLLATE latin1_bin)), charset((2 <= 3) COLLATE latin1_bin) union select * from v1
create or replace view v1 as select 2 <= 3 || 3, 2 <= (3 || 3), (2 <= 3) || 3
create or replace view v1 as select 2 <= 3 && 3, 2 <= (3 && 3), (2 <= 3) && 3
create or replace view v1 as select 2 <= 0 >= 0, 2 <= (0 >= 0), (2 <= 0) >= 0
create or replace view v1 as select 2 <= 3 < 3, 2 <= (3 < 3), (2 <= 3) < 3
create or replace view v1 as select 2 <= 3 << 3, 2 <= (3 << 3), (2 <= 3) << 3
select 2 <= 3 << 3, 2 <= (3 << 3), (2 <= 3) << 3 union select * from v1
select 2 <= 9 DIV 3, 2 <= (9 DIV 3), (2 <= 9) DIV 3 union select * from v1
create or replace view v1 as select 2 <= 3 % 3, 2 <= (3 % 3), (2 <= 3) % 3
select 2 <= 3 ^ 3, 2 <= (3 ^ 3), (2 <= 3) ^ 3 union select * from v1
create or replace view v1 as select 2 < 3 >= 1, 2 < (3 >= 1), (2 < 3) >= 1
select 2 < 3 >= 1, 2 < (3 >= 1), (2 < 3) >= 1 union select * from v1
select 2 < 4 & 4, 2 < (4 & 4), (2 < 4) & 4 union select * from v1
create or replace view v1 as select 2 < 3 + 3, 2 < (3 + 3), (2 < 3) + 3
create or replace view v1 as select 2 < 3 MOD 3, 2 < (3 MOD 3), (2 < 3) MOD 3
select 2 < 3 MOD 3, 2 < (3 MOD 3), (2 < 3) MOD 3 union select * from v1
select 2 < 3 ^ 3, 2 < (3 ^ 3), (2 < 3) ^ 3 union select * from v1
create or replace view v1 as select 2 < 3 BETWEEN 1 AND 3, 2 < (3 BETWEEN 1 AND 3), (2 < 3) BETWEEN 1 AND 3
select 2 <> 3 IS FALSE, 2 <> (3 IS FALSE), (2 <> 3) IS FALSE union select * from v1
create or replace view v1 as select 2 <> 3 = 3, 2 <> (3 = 3), (2 <> 3) = 3
select 2 <> 3 - 3, 2 <> (3 - 3), (2 <> 3) - 3 union select * from v1
select 2 <> 3 * 3, 2 <> (3 * 3), (2 <> 3) * 3 union select * from v1
select 2 <> 3 DIV 3, 2 <> (3 DIV 3), (2 <> 3) DIV 3 union select * from v1
select 3 <> 3 % 3, 3 <> (3 % 3), (3 <> 3) % 3 union select * from v1
create or replace view v1 as select 2 <> 3 BETWEEN 2 AND 3, 2 <> (3 BETWEEN 2 AND 3), (2 <> 3) BETWEEN 2 AND 3
select 0 > 3 OR 3, 0 > (3 OR 3), (0 > 3) OR 3 union select * from v1
create or replace view v1 as select 2 > 3 = 3, 2 > (3 = 3), (2 > 3) = 3
create or replace view v1 as select 2 > 0 <= 0, 2 > (0 <= 0), (2 > 0) <= 0
select 2 > 0 <= 0, 2 > (0 <= 0), (2 > 0) <= 0 union select * from v1
select 2 > 3 > 3, 2 > (3 > 3), (2 > 3) > 3 union select * from v1
create or replace view v1 as select 2 > 1 != 1, 2 > (1 != 1), (2 > 1) != 1
select 2 > 3 >> 3, 2 > (3 >> 3), (2 > 3) >> 3 union select * from v1
select 2 > '2000-01-01' +INTERVAL 1 DAY, 2 > ('2000-01-01' +INTERVAL 1 DAY), (2 > '2000-01-01') +INTERVAL 1 DAY union select * from v1
create or replace view v1 as select 1 != 3 OR 3, 1 != (3 OR 3), (1 != 3) OR 3
select 1 != 3 || 3, 1 != (3 || 3), (1 != 3) || 3 union select * from v1
select 2 != 3 XOR 3, 2 != (3 XOR 3), (2 != 3) XOR 3 union select * from v1
create or replace view v1 as select 2 != 3 > 3, 2 != (3 > 3), (2 != 3) > 3
select 2 != 3 > 3, 2 != (3 > 3), (2 != 3) > 3 union select * from v1
create or replace view v1 as select 0 != 3 != 3, 0 != (3 != 3), (0 != 3) != 3
create or replace view v1 as select 2 != 3 | 3, 2 != (3 | 3), (2 != 3) | 3
create or replace view v1 as select 2 != 4 & 4, 2 != (4 & 4), (2 != 4) & 4
create or replace view v1 as select 2 != 3 + 3, 2 != (3 + 3), (2 != 3) + 3
create or replace view v1 as select 2 != 3 BETWEEN 2 AND 3, 2 != (3 BETWEEN 2 AND 3), (2 != 3) BETWEEN 2 AND 3
select 2 LIKE 3 OR 3, 2 LIKE (3 OR 3), (2 LIKE 3) OR 3 union select * from v1
create or replace view v1 as select 2 LIKE 3 || 3, 2 LIKE (3 || 3), (2 LIKE 3) || 3
create or replace view v1 as select 2 LIKE 3 <= 3, 2 LIKE (3 <= 3), (2 LIKE 3) <= 3
select 2 LIKE 3 <> 3, 2 LIKE (3 <> 3), (2 LIKE 3) <> 3 union select * from v1
create or replace view v1 as select 2 LIKE 2 LIKE 1, 2 LIKE (2 LIKE 1), (2 LIKE 2) LIKE 1
create or replace view v1 as select 2 LIKE '2000-01-01' +INTERVAL 1 DAY, 2 LIKE ('2000-01-01' +INTERVAL 1 DAY), (2 LIKE '2000-01-01') +INTERVAL 1 DAY
create or replace view v1 as select 2 LIKE 2 MOD 2, 2 LIKE (2 MOD 2), (2 LIKE 2) MOD 2
select 2 REGEXP 3 != 3, 2 REGEXP (3 != 3), (2 REGEXP 3) != 3 union select * from v1
create or replace view v1 as select 1 REGEXP 3 REGEXP 3, 1 REGEXP (3 REGEXP 3), (1 REGEXP 3) REGEXP 3
create or replace view v1 as select 2 REGEXP 2 << 2, 2 REGEXP (2 << 2), (2 REGEXP 2) << 2
select 2 REGEXP 4 >> 1, 2 REGEXP (4 >> 1), (2 REGEXP 4) >> 1 union select * from v1
select 2 REGEXP 2 * 2, 2 REGEXP (2 * 2), (2 REGEXP 2) * 2 union select * from v1
create or replace view v1 as select 2 REGEXP 4 DIV 2, 2 REGEXP (4 DIV 2), (2 REGEXP 4) DIV 2
select 2 REGEXP 3 ^ 3, 2 REGEXP (3 ^ 3), (2 REGEXP 3) ^ 3 union select * from v1
select 2 REGEXP 2 BETWEEN 1 AND 3, 2 REGEXP (2 BETWEEN 1 AND 3), (2 REGEXP 2) BETWEEN 1 AND 3 union select * from v1
create or replace view v1 as select 2 | 3 || 3, 2 | (3 || 3), (2 | 3) || 3
create or replace view v1 as select 2 | 3 XOR 3, 2 | (3 XOR 3), (2 | 3) XOR 3
create or replace view v1 as select 2 | 3 >= 3, 2 | (3 >= 3), (2 | 3) >= 3
select 2 | 3 > 3, 2 | (3 > 3), (2 | 3) > 3 union select * from v1
create or replace view v1 as select 2 | 3 - 3, 2 | (3 - 3), (2 | 3) - 3
create or replace view v1 as select 2 | 3 * 3, 2 | (3 * 3), (2 | 3) * 3
select 2 | 3 * 3, 2 | (3 * 3), (2 | 3) * 3 union select * from v1
select 2 | 3 % 3, 2 | (3 % 3), (2 | 3) % 3 union select * from v1
create or replace view v1 as select 2 & 3 >= 2, 2 & (3 >= 2), (2 & 3) >= 2
select 2 & 3 >= 2, 2 & (3 >= 2), (2 & 3) >= 2 union select * from v1
select 2 & 3 <= 3, 2 & (3 <= 3), (2 & 3) <= 3 union select * from v1
create or replace view v1 as select 2 & 3 << 3, 2 & (3 << 3), (2 & 3) << 3
select 6 & 4 - 3, 6 & (4 - 3), (6 & 4) - 3 union select * from v1
select 2 & 3 DIV 2, 2 & (3 DIV 2), (2 & 3) DIV 2 union select * from v1
create or replace view v1 as select 2 & 3 ^ 3, 2 & (3 ^ 3), (2 & 3) ^ 3
select 2 & 3 ^ 3, 2 & (3 ^ 3), (2 & 3) ^ 3 union select * from v1
create or replace view v1 as select 2 << 3 IN (0,1), 2 << (3 IN (0,1)), (2 << 3) IN (0,1)
select 2 << 3 || 3, 2 << (3 || 3), (2 << 3) || 3 union select * from v1
select 2 << 3 AND 3, 2 << (3 AND 3), (2 << 3) AND 3 union select * from v1
create or replace view v1 as select 2 << 3 = 3, 2 << (3 = 3), (2 << 3) = 3
select 2 << 3 <=> 3, 2 << (3 <=> 3), (2 << 3) <=> 3 union select * from v1
select 2 << 3 <= 3, 2 << (3 <= 3), (2 << 3) <= 3 union select * from v1
select 2 << 3 > 3, 2 << (3 > 3), (2 << 3) > 3 union select * from v1
select 2 << 3 & 3, 2 << (3 & 3), (2 << 3) & 3 union select * from v1
create or replace view v1 as select 2 << 3 + 3, 2 << (3 + 3), (2 << 3) + 3
select 2 << 3 + 3, 2 << (3 + 3), (2 << 3) + 3 union select * from v1
create or replace view v1 as select 2 << 3 - 3, 2 << (3 - 3), (2 << 3) - 3
select 2 << 3 DIV 3, 2 << (3 DIV 3), (2 << 3) DIV 3 union select * from v1
select 2 << 3 % 3, 2 << (3 % 3), (2 << 3) % 3 union select * from v1
select 2 << 3 ^ 3, 2 << (3 ^ 3), (2 << 3) ^ 3 union select * from v1
create or replace view v1 as select charset(2 >> 3 COLLATE latin1_bin), charset(2 >> (3 COLLATE latin1_bin)), charset((2 >> 3) COLLATE latin1_bin)
select charset(2 >> 3 COLLATE latin1_bin), charset(2 >> (3 COLLATE latin1_bin)), charset((2 >> 3) COLLATE latin1_bin) union select * from v1
select 2 >> 3 XOR 3, 2 >> (3 XOR 3), (2 >> 3) XOR 3 union select * from v1
create or replace view v1 as select 2 >> 3 <= 0, 2 >> (3 <= 0), (2 >> 3) <= 0
select 2 >> 3 <= 0, 2 >> (3 <= 0), (2 >> 3) <= 0 union select * from v1
create or replace view v1 as select 2 >> 3 > 3, 2 >> (3 > 3), (2 >> 3) > 3
select 2 >> 3 | 3, 2 >> (3 | 3), (2 >> 3) | 3 union select * from v1
select 2 >> 1 << 3, 2 >> (1 << 3), (2 >> 1) << 3 union select * from v1
create or replace view v1 as select 2 >> 3 >> 3, 2 >> (3 >> 3), (2 >> 3) >> 3
select 2 >> 3 + 3, 2 >> (3 + 3), (2 >> 3) + 3 union select * from v1
select 2 >> 3 / 3, 2 >> (3 / 3), (2 >> 3) / 3 union select * from v1
select 2 >> 3 MOD 3, 2 >> (3 MOD 3), (2 >> 3) MOD 3 union select * from v1
select 2 + 3 OR 3, 2 + (3 OR 3), (2 + 3) OR 3 union select * from v1
create or replace view v1 as select 2 + 3 >= 3, 2 + (3 >= 3), (2 + 3) >= 3
create or replace view v1 as select 2 + 3 <= 3, 2 + (3 <= 3), (2 + 3) <= 3
select 2 + 3 <= 3, 2 + (3 <= 3), (2 + 3) <= 3 union select * from v1
select 2 + 3 REGEXP 3, 2 + (3 REGEXP 3), (2 + 3) REGEXP 3 union select * from v1
select 2 + 3 & 3, 2 + (3 & 3), (2 + 3) & 3 union select * from v1
select 2 + 3 BETWEEN 1 AND 3, 2 + (3 BETWEEN 1 AND 3), (2 + 3) BETWEEN 1 AND 3 union select * from v1
create or replace view v1 as select charset(2 - 3 COLLATE latin1_bin), charset(2 - (3 COLLATE latin1_bin)), charset((2 - 3) COLLATE latin1_bin)
create or replace view v1 as select 2 - 3 IN (0,1), 2 - (3 IN (0,1)), (2 - 3) IN (0,1)
select 2 - 2 OR 0, 2 - (2 OR 0), (2 - 2) OR 0 union select * from v1
create or replace view v1 as select 2 - 2 || 0, 2 - (2 || 0), (2 - 2) || 0
create or replace view v1 as select 2 - 3 REGEXP 3, 2 - (3 REGEXP 3), (2 - 3) REGEXP 3
select 2 - 3 REGEXP 3, 2 - (3 REGEXP 3), (2 - 3) REGEXP 3 union select * from v1
create or replace view v1 as select 2 - 1 & 2, 2 - (1 & 2), (2 - 1) & 2
select 2 - 1 << 1, 2 - (1 << 1), (2 - 1) << 1 union select * from v1
create or replace view v1 as select 2 - 3 / 3, 2 - (3 / 3), (2 - 3) / 3
create or replace view v1 as select 2 - 3 % 3, 2 - (3 % 3), (2 - 3) % 3
select 2 * 3 AND 3, 2 * (3 AND 3), (2 * 3) AND 3 union select * from v1
create or replace view v1 as select 2 * 3 >= 3, 2 * (3 >= 3), (2 * 3) >= 3
create or replace view v1 as select 2 * 3 != 3, 2 * (3 != 3), (2 * 3) != 3
select 2 * 3 >> 2, 2 * (3 >> 2), (2 * 3) >> 2 union select * from v1
create or replace view v1 as select 2 * 3 BETWEEN 1 AND 3, 2 * (3 BETWEEN 1 AND 3), (2 * 3) BETWEEN 1 AND 3
select 2 / 3 OR 3, 2 / (3 OR 3), (2 / 3) OR 3 union select * from v1
select 2 / 3 <= 3, 2 / (3 <= 3), (2 / 3) <= 3 union select * from v1
create or replace view v1 as select 2 / 3 <> 3, 2 / (3 <> 3), (2 / 3) <> 3
select 2 / 3 <> 3, 2 / (3 <> 3), (2 / 3) <> 3 union select * from v1
create or replace view v1 as select 2 / 3 + 3, 2 / (3 + 3), (2 / 3) + 3
select 2 / 3 * 3, 2 / (3 * 3), (2 / 3) * 3 union select * from v1
select 2 / 3 % 3, 2 / (3 % 3), (2 / 3) % 3 union select * from v1
select 2 DIV 3 IS FALSE, 2 DIV (3 IS FALSE), (2 DIV 3) IS FALSE union select * from v1
create or replace view v1 as select 2 DIV 3 = 3, 2 DIV (3 = 3), (2 DIV 3) = 3
select 2 DIV 3 >= 3, 2 DIV (3 >= 3), (2 DIV 3) >= 3 union select * from v1
select 2 DIV 3 > 3, 2 DIV (3 > 3), (2 DIV 3) > 3 union select * from v1
create or replace view v1 as select 2 DIV 3 & 1, 2 DIV (3 & 1), (2 DIV 3) & 1
select 2 DIV 3 DIV 3, 2 DIV (3 DIV 3), (2 DIV 3) DIV 3 union select * from v1
create or replace view v1 as select 2 MOD 3 || 3, 2 MOD (3 || 3), (2 MOD 3) || 3
select 2 MOD 3 XOR 3, 2 MOD (3 XOR 3), (2 MOD 3) XOR 3 union select * from v1
create or replace view v1 as select 2 MOD 3 = 2, 2 MOD (3 = 2), (2 MOD 3) = 2
select 2 MOD 3 < 3, 2 MOD (3 < 3), (2 MOD 3) < 3 union select * from v1
select 2 MOD 3 != 3, 2 MOD (3 != 3), (2 MOD 3) != 3 union select * from v1
select 2 MOD 3 LIKE 2, 2 MOD (3 LIKE 2), (2 MOD 3) LIKE 2 union select * from v1
select 2 MOD '2000-01-01' +INTERVAL 1 DAY, 2 MOD ('2000-01-01' +INTERVAL 1 DAY), (2 MOD '2000-01-01') +INTERVAL 1 DAY union select * from v1
select 2 MOD 3 - 3, 2 MOD (3 - 3), (2 MOD 3) - 3 union select * from v1
select 3 MOD 4 DIV 3, 3 MOD (4 DIV 3), (3 MOD 4) DIV 3 union select * from v1
select 2 MOD 3 % 3, 2 MOD (3 % 3), (2 MOD 3) % 3 union select * from v1
create or replace view v1 as select 2 % 3 IS FALSE, 2 % (3 IS FALSE), (2 % 3) IS FALSE
create or replace view v1 as select 2 % 3 OR 3, 2 % (3 OR 3), (2 % 3) OR 3
select 2 % 3 OR 3, 2 % (3 OR 3), (2 % 3) OR 3 union select * from v1
create or replace view v1 as select 2 % 3 XOR 3, 2 % (3 XOR 3), (2 % 3) XOR 3
create or replace view v1 as select 2 % 3 AND 3, 2 % (3 AND 3), (2 % 3) AND 3
create or replace view v1 as select 2 % 3 && 3, 2 % (3 && 3), (2 % 3) && 3
create or replace view v1 as select 2 % 3 = 2, 2 % (3 = 2), (2 % 3) = 2
create or replace view v1 as select 2 % 3 <=> 2, 2 % (3 <=> 2), (2 % 3) <=> 2
create or replace view v1 as select 2 % 3 <= 3, 2 % (3 <= 3), (2 % 3) <= 3
create or replace view v1 as select 2 % 3 != 3, 2 % (3 != 3), (2 % 3) != 3
create or replace view v1 as select 2 % 3 LIKE 2, 2 % (3 LIKE 2), (2 % 3) LIKE 2
select 2 % 3 LIKE 2, 2 % (3 LIKE 2), (2 % 3) LIKE 2 union select * from v1
create or replace view v1 as select 2 % 3 - 3, 2 % (3 - 3), (2 % 3) - 3
select 2 % 3 % 3, 2 % (3 % 3), (2 % 3) % 3 union select * from v1
create or replace view v1 as select 2 % 3 ^ 3, 2 % (3 ^ 3), (2 % 3) ^ 3
select 2 % 3 BETWEEN 1 AND 3, 2 % (3 BETWEEN 1 AND 3), (2 % 3) BETWEEN 1 AND 3 union select * from v1
select 2 ^ 3 XOR 3, 2 ^ (3 XOR 3), (2 ^ 3) XOR 3 union select * from v1
create or replace view v1 as select 2 ^ 3 = 3, 2 ^ (3 = 3), (2 ^ 3) = 3
create or replace view v1 as select 2 ^ 3 REGEXP 3, 2 ^ (3 REGEXP 3), (2 ^ 3) REGEXP 3
select 2 ^ 3 >> 3, 2 ^ (3 >> 3), (2 ^ 3) >> 3 union select * from v1
select 2 ^ 3 * 3, 2 ^ (3 * 3), (2 ^ 3) * 3 union select * from v1
select 2 BETWEEN 1 AND 3 IN (0,1), 2 BETWEEN 1 AND (3 IN (0,1)), (2 BETWEEN 1 AND 3) IN (0,1) union select * from v1
select 2 BETWEEN 1 AND 3 OR 3, 2 BETWEEN 1 AND (3 OR 3), (2 BETWEEN 1 AND 3) OR 3 union select * from v1
create or replace view v1 as select 2 BETWEEN 1 AND 3 || 3, 2 BETWEEN 1 AND (3 || 3), (2 BETWEEN 1 AND 3) || 3
select 2 BETWEEN 1 AND 3 || 3, 2 BETWEEN 1 AND (3 || 3), (2 BETWEEN 1 AND 3) || 3 union select * from v1
create or replace view v1 as select 2 BETWEEN 1 AND 3 <=> 1, 2 BETWEEN 1 AND (3 <=> 1), (2 BETWEEN 1 AND 3) <=> 1
create or replace view v1 as select 2 BETWEEN 1 AND 3 REGEXP 1, 2 BETWEEN 1 AND (3 REGEXP 1), (2 BETWEEN 1 AND 3) REGEXP 1
create or replace view v1 as select 2 BETWEEN 1 AND 3 | 3, 2 BETWEEN 1 AND (3 | 3), (2 BETWEEN 1 AND 3) | 3
create or replace view v1 as select 2 BETWEEN 1 AND '2000-01-01' +INTERVAL 1 DAY, 2 BETWEEN 1 AND ('2000-01-01' +INTERVAL 1 DAY), (2 BETWEEN 1 AND '2000-01-01') +INTERVAL 1 DAY
create or replace view v1 as select 2 BETWEEN 1 AND 3 - 3, 2 BETWEEN 1 AND (3 - 3), (2 BETWEEN 1 AND 3) - 3
select 2 BETWEEN 1 AND 3 * 3, 2 BETWEEN 1 AND (3 * 3), (2 BETWEEN 1 AND 3) * 3 union select * from v1
select 2 BETWEEN 1 AND 3 / 3, 2 BETWEEN 1 AND (3 / 3), (2 BETWEEN 1 AND 3) / 3 union select * from v1
create or replace view v1 as select 2 BETWEEN 1 AND 3 % 3, 2 BETWEEN 1 AND (3 % 3), (2 BETWEEN 1 AND 3) % 3
select 2 BETWEEN 1 AND 3 % 3, 2 BETWEEN 1 AND (3 % 3), (2 BETWEEN 1 AND 3) % 3 union select * from v1
create or replace view v1 as select 2 BETWEEN 1 AND 3 BETWEEN 1 AND 3, 2 BETWEEN 1 AND (3 BETWEEN 1 AND 3), (2 BETWEEN 1 AND 3) BETWEEN 1 AND 3
create or replace view v1 as select 2 LIKE 2 ESCAPE 3 IS FALSE, 2 LIKE 2 ESCAPE (3 IS FALSE), (2 LIKE 2 ESCAPE 3) IS FALSE
create or replace view v1 as select 2 LIKE 2 ESCAPE 3 = 4, 2 LIKE 2 ESCAPE (3 = 4), (2 LIKE 2 ESCAPE 3) = 4
select 2 LIKE 2 ESCAPE 3 <=> 4, 2 LIKE 2 ESCAPE (3 <=> 4), (2 LIKE 2 ESCAPE 3) <=> 4 union select * from v1
create or replace view v1 as select 2 LIKE 1 ESCAPE 3 < 4, 2 LIKE 1 ESCAPE (3 < 4), (2 LIKE 1 ESCAPE 3) < 4
create or replace view v1 as select 2 LIKE 1 ESCAPE 3 | 4, 2 LIKE 1 ESCAPE (3 | 4), (2 LIKE 1 ESCAPE 3) | 4
select 2 LIKE 2 ESCAPE 3 & 4, 2 LIKE 2 ESCAPE (3 & 4), (2 LIKE 2 ESCAPE 3) & 4 union select * from v1
create or replace view v1 as select 2 LIKE 1 ESCAPE 3 +INTERVAL 1 DAY, 2 LIKE 1 ESCAPE (3 +INTERVAL 1 DAY), (2 LIKE 1 ESCAPE 3) +INTERVAL 1 DAY
select 2 LIKE 1 ESCAPE 3 +INTERVAL 1 DAY, 2 LIKE 1 ESCAPE (3 +INTERVAL 1 DAY), (2 LIKE 1 ESCAPE 3) +INTERVAL 1 DAY union select * from v1
select 2 LIKE 2 ESCAPE 3 BETWEEN 2 AND 4, 2 LIKE 2 ESCAPE (3 BETWEEN 2 AND 4), (2 LIKE 2 ESCAPE 3) BETWEEN 2 AND 4 union select * from v1
create or replace view v1 as select - 2 IN (SELECT 2 UNION SELECT 1), - (2 IN (SELECT 2 UNION SELECT 1)), (- 2) IN (SELECT 2 UNION SELECT 1)
create or replace view v1 as select ! 2 IN (SELECT 0 UNION SELECT 2), ! (2 IN (SELECT 0 UNION SELECT 2)), (! 2) IN (SELECT 0 UNION SELECT 2)
create or replace view v1 as select 2 < 3 IN (SELECT 0 UNION SELECT 1), 2 < (3 IN (SELECT 0 UNION SELECT 1)), (2 < 3) IN (SELECT 0 UNION SELECT 1)
select 2 < 3 IN (SELECT 0 UNION SELECT 1), 2 < (3 IN (SELECT 0 UNION SELECT 1)), (2 < 3) IN (SELECT 0 UNION SELECT 1) union select * from v1
select 2 <> 3 IN (SELECT 0 UNION SELECT 0), 2 <> (3 IN (SELECT 0 UNION SELECT 0)), (2 <> 3) IN (SELECT 0 UNION SELECT 0) union select * from v1
select 2 > 3 IN (SELECT 1 UNION SELECT 1), 2 > (3 IN (SELECT 1 UNION SELECT 1)), (2 > 3) IN (SELECT 1 UNION SELECT 1) union select * from v1
create or replace view v1 as select 2 != 3 IN (SELECT 0 UNION SELECT 0), 2 != (3 IN (SELECT 0 UNION SELECT 0)), (2 != 3) IN (SELECT 0 UNION SELECT 0)
select 2 LIKE 3 IN (SELECT 0 UNION SELECT 1), 2 LIKE (3 IN (SELECT 0 UNION SELECT 1)), (2 LIKE 3) IN (SELECT 0 UNION SELECT 1) union select * from v1
select 2 REGEXP 3 IN (SELECT 0 UNION SELECT 1), 2 REGEXP (3 IN (SELECT 0 UNION SELECT 1)), (2 REGEXP 3) IN (SELECT 0 UNION SELECT 1) union select * from v1
create or replace view v1 as select 2 & 4 IN (SELECT 0 UNION SELECT 1), 2 & (4 IN (SELECT 0 UNION SELECT 1)), (2 & 4) IN (SELECT 0 UNION SELECT 1)
create or replace view v1 as select 2 - 3 IN (SELECT 0 UNION SELECT 1), 2 - (3 IN (SELECT 0 UNION SELECT 1)), (2 - 3) IN (SELECT 0 UNION SELECT 1)
create or replace view v1 as select 2 * 0 IN (SELECT 0 UNION SELECT 1), 2 * (0 IN (SELECT 0 UNION SELECT 1)), (2 * 0) IN (SELECT 0 UNION SELECT 1)
select 2 DIV 3 IN (SELECT 0 UNION SELECT 1), 2 DIV (3 IN (SELECT 0 UNION SELECT 1)), (2 DIV 3) IN (SELECT 0 UNION SELECT 1) union select * from v1
select 2 % 3 IN (SELECT 0 UNION SELECT 1), 2 % (3 IN (SELECT 0 UNION SELECT 1)), (2 % 3) IN (SELECT 0 UNION SELECT 1) union select * from v1
select - '2 ' || 3, - ('2 ' || 3), (- '2 ') || 3 union select * from v1
select 2 || ' 3' | 3, 2 || (' 3' | 3), (2 || ' 3') | 3 union select * from v1
create or replace view v1 as select charset(2 LIKE 1 ESCAPE 3 || ''), charset(2 LIKE 1 ESCAPE (3 || '')), charset((2 LIKE 1 ESCAPE 3) || '')
create or replace view v1 as select ! (NOT 1), NOT ! 1
create or replace view v1 as select NOT ~ 1, ~ (NOT 1)
select * from t1 where a not between 1 and 2
select * from t1 where a not between 1 and 2 and b not between 3 and 4
create view v1 as select (2, 3) not in (select i, j from t1)
create table t1 (a int, b decimal(10,2))
create table t1 (a varchar(1), b bool) engine=myisam
show status like "key_read%"
prepare p1 from 'select SQRT(?) is not null'
insert t2 values (1,'x')
SET debug_dbug="+d,sleep_inject_query_done_debug_sync"
show profiles
set session profiling_history_size=30
# small enough to overflow\n\nshow session variables like 'profil%'
select max(x) from (select sum(a) as x from t1 group by b) as teeone
show profile cpu for query 15
show profile cpu for query 65534
show profile all for query 15
select CPU_user, CPU_system, Context_voluntary, Context_involuntary, Block_ops_in, Block_ops_out, Messages_sent, Messages_received, Page_faults_major, Page_faults_minor, Swaps, Source_function, Source_file, Source_line from information_schema.profiling
create function f1() returns varchar(50) return 'hello'
create table t1\n(\n  a int primary key,\n  b char(10)\n)
prepare stmt1 from 'select * from t1 where a <= ?'
prepare stmt4 from 'create table t2 (a int)'
execute stmt5 using @a
execute stmt5 using @no_such_var
prepare stmt6 from 'select 1; select2'
prepare stmt6 from 'insert into t1 values (5,"five"); select2'
PREPARE stmt1 FROM "select _utf8 'A' collate utf8_bin = ?"
EXECUTE stmt1 USING @var
set @id1=1,@id2=6
prepare stmt1 from "create table t1 select 1 as i"
deallocate prepare Stmt1
execute `Ã¼`
set character_set_connection=latin1
prepare stmt from 'select a from t1 where a like ?'
prepare stmt from "insert into t1 (a) values (?)"
prepare stmt from "select * from t1 where 1 > (1 in (SELECT * FROM t1))"
insert into t1 (a, b) values (1,1), (1,2), (2,1), (2,2)
prepare stmt from\n"explain select * from t1 where t1.a=2 and t1.a=t1.b and t1.b > 1 + ?"
set @v=5
select rand(), \n       cast(rand(10)*@precision as unsigned integer) from t1
drop table mysqltest1.t1
prepare stmt FROM 'create table t2 select * from t1'
select found_rows()
prepare stmt2 FROM 'SELECT not_a_function (a) FROM t1'
insert into t1 values (200887, 200887)
create table t1 (\n   id bigint(20) not null auto_increment,\n   code varchar(20) character set utf8 collate utf8_bin not null default '',\n   company_name varchar(250) character set utf8 collate utf8_bin default null,\n   setup_mode tinyint(4) default null,\n   start_date datetime default null,\n   primary key  (id), unique key code (code)\n)
select t2.id from t2, t1 where (t1.id=1 and t2.t1_id=t1.id)
set @a='CHRISTINE           '
prepare stmt from "select ??"
select ?
select ??
set @@tx_isolation=default
insert into t1 values\n  (80,'pendant'), (475,'pretendants'), (989,'tendances'),\n  (1019,'cependant'),(1022,'abondance'),(1205,'independants'),\n  (13,'lessiver'),(25,'lambiner'),(46,'situer'),(71,'terminer'),\n  (82,'decrocher')
prepare stmt from "select 2"
CREATE TABLE t1 (i INT, INDEX(i))
PREPARE stmt FROM "SELECT (BIT_AND(i) = 1), BIT_AND(i) FROM t1 WHERE i = ?"
PREPARE st_19182\nFROM "CREATE TABLE t2 (i INT, j INT, KEY (i), KEY(j)) SELECT i FROM t1"
drop table mysqltest.t1
SET @aux= "SELECT COUNT(*)\n                FROM INFORMATION_SCHEMA.COLUMNS A,\n                INFORMATION_SCHEMA.COLUMNS B\n                WHERE A.TABLE_SCHEMA = B.TABLE_SCHEMA\n                AND A.TABLE_NAME = B.TABLE_NAME\n                AND A.COLUMN_NAME = B.COLUMN_NAME AND\n                A.TABLE_NAME = 'user'"
set @offset=0, @limit=1
set @offset=9
CREATE TABLE b12651_T1(a int) ENGINE=MYISAM
DROP TABLE b12651_T1, b12651_T2
prepare stmt from "repair table t1"
prepare stmt_show from "show tables like 't1'"
execute stmt_create
execute stmt_insert
execute stmt_truncate
CREATE TABLE t2 (i BIGINT)
CREATE TABLE t3 (i BIGINT, j BIGINT)
PREPARE stmt FROM "SELECT t2.i FROM t1 LEFT JOIN t2 ON t2.i = t1.i\n                   WHERE t1.i = ?"
prepare no_index from 'select 1 from information_schema.tables limit 1'
execute no_index
set @@character_set_server= @old_character_set_server
insert into t1 (id, value) values (1, 'FIRST'), (2, 'SECOND'), (3, 'THIRD')
prepare stmt from "insert into t1 (id, value) select * from (select 4 as i, 'FOURTH' as v) as y on duplicate key update v = 'DUP'"
prepare stmt from "create table t1 select ?"
set @a=1.0
insert into t1 values (@a, @b)
insert into t1 values (1,1), (2,2), (3,3)
prepare stmt from "create view v1 (c) as select b+1 from t1"
prepare stmt from "select 1 from t1 join  t2 on a xor b where b > 1  and a =1"
create procedure proc_1() reset query cache
prepare abc from "kill 0"
create procedure proc_1() flush privileges
prepare abc from "flush tables"
create procedure proc_1() flush des_key_file
prepare abc from "show events"
prepare abc from "show create procedure a"
prepare abc from "show create view v1"
create function func_1() returns int begin checksum table t1; return 1; end
delete from t2 where (select (select max(b) from t1 group\nby a having a < 2) x from t1) > 10000
execute encode using @str, @key
execute decode using @ciphertext, @key
INSERT INTO t1 (\n  col_int_key, col_int_nokey,\n  col_varchar_key, col_varchar_nokey\n) VALUES \n(4,    2, 'v', 'v'),\n(62, 150, 'v', 'v')
DROP PROCEDURE IF EXISTS p_double
SET @x_str_2 = NULL
EXECUTE stmt_int USING @x_str_1, @x_int_1, @x_int_2, @x_int_3
DEALLOCATE PREPARE stmt_dec
PREPARE stmt FROM "SELECT SUM(pk) FROM t1 LEFT JOIN v2 ON a = pk"
create table t1 (id int, c varchar(3), key idx(c))engine=myisam
INSERT INTO t2 VALUES ('c'),('d')
PREPARE stmt FROM "SELECT * FROM v1 WHERE (f1,f1) = SOME ( SELECT f2,f2 FROM t2 )"
create table t2 (x int, y int, z int)
set @save_sql_mode=@@sql_mode
prepare stmt from "update t1 set count = count + 1 where id = '1bad'"
CREATE TABLE t1 (id decimal(10,5), count int)
BEGIN NOT ATOMIC\n  SET STATEMENT join_cache_level=CAST(CONCAT(_utf8'6',_latin1'') AS INT) FOR PREPARE stmt FROM 'SELECT 1';\n  DEALLOCATE PREPARE stmt;\nEND;
PREPARE stmt FROM 'EXPLAIN UPDATE t1, t2 SET a = 1'
PREPARE stmt FROM 'SELECT ? FROM DUAL'
PREPARE stmt FROM 'SELECT ?+? FROM DUAL'
EXECUTE stmt USING 10, 10 + 10
EXECUTE stmt USING f1()
EXECUTE stmt USING CURRENT_TIMESTAMP
EXECUTE stmt USING CURRENT_TIME
PREPARE stmt FROM 'CALL p1(?)'
EXECUTE IMMEDIATE 'SELECT 1 AS a'
EXECUTE IMMEDIATE 'SELECT ? FROM DUAL' USING f1()
EXECUTE IMMEDIATE 'CREATE TABLE t1 (a INT)'
SET @stmt= 'SHOW CREATE TABLE t1'
EXECUTE IMMEDIATE\n  'CREATE TABLE t1 AS SELECT ? AS a,? AS b,? AS c,? AS d'\n  USING @a,@b,@c,@d
EXECUTE IMMEDIATE 'CALL p1(?)' USING @a
EXECUTE IMMEDIATE NULL
PREPARE stmt FROM CONCAT(NULL)
EXECUTE IMMEDIATE SUBSTRING('SELECT 1 AS c' FROM 1)
EXECUTE IMMEDIATE 'SELECT CAST(? AS DATE)' USING DEFAULT
CREATE OR REPLACE PROCEDURE p1(OUT a INT)\nBEGIN\n  SET a=10;\nEND;
EXECUTE IMMEDIATE "SELECT COERCIBILITY(?)" USING 5
EXECUTE IMMEDIATE "SELECT COERCIBILITY(?)" USING TIME'10:20:30'
EXECUTE IMMEDIATE "SELECT COERCIBILITY(?)" USING TIMESTAMP'2001-01-01 10:20:30'
EXECUTE stmt USING @b
CREATE PROCEDURE p1(OUT a VARCHAR(20))\nBEGIN\n  SET a=10;\nEND;
BEGIN NOT ATOMIC\n  DECLARE a DATETIME;\n  PREPARE stmt FROM 'CALL p1(?)';\n  EXECUTE stmt  USING a;\n  DEALLOCATE PREPARE stmt;\nEND;
EXECUTE stmt1 USING @a
EXECUTE IMMEDIATE 'CREATE OR REPLACE TABLE t1 AS SELECT 1 AS a,? AS b' USING 1
EXECUTE IMMEDIATE 'CREATE OR REPLACE TABLE t1 AS SELECT 2147483647 AS a,? AS b' USING 2147483647
CALL p1('x')
create table t1 (b blob default '')
prepare stmt from \n"SET @a = (SELECT 1\n           FROM (WITH cte AS (SELECT * FROM (SELECT 1) AS t)\n           SELECT * FROM cte) AS t);"
prepare stmt from \n"CALL p       \n ((SELECT 1\n   FROM (WITH cte AS (SELECT * FROM (SELECT 1) AS t)\n         SELECT * FROM cte) AS tt));"
CREATE TABLE t1 (c1 INT KEY) ENGINE=MyISAM
CREATE PROCEDURE p1(a ROW(a INT,b INT))\nBEGIN\n  SELECT a.a, a.b;\nEND;
CREATE TABLE t2 (b varchar(10) CHARACTER SET utf8)
PREPARE stmt FROM 'SELECT STRAIGHT_JOIN 1 FROM t1 WHERE EXISTS (SELECT 1 FROM t2 WHERE t2.b = t1.a)'
EXECUTE stmt USING 'd'
EXECUTE stmt USING _binary 'B'
PREPARE stmt FROM 'SELECT 300 FROM t1 WHERE EXISTS (SELECT 100 FROM t3 WHERE t3.c = ?)'
PREPARE stmt FROM "INSERT INTO v1 VALUES (1)"
EXECUTE IMMEDIATE 'BEGIN NOT ATOMIC DECLARE a INT DEFAULT ?; END' USING DEFAULT
CREATE TABLE t1 (a INT, b INT NOT NULL)
PREPARE stmt FROM 'SHOW CREATE TABLE t1'
CREATE TABLE t (a INT,b TIMESTAMP DEFAULT FROM_UNIXTIME(a))
CREATE TABLE t (a INT, b INT DEFAULT (a+5))
INSERT INTO t VALUES (1,'2025-07-18 18:37:10',3)
set @arg_r= 12
execute st_ins using @arg_nam, @arg_sal, @arg_l, @arg_r
set @arg_nam= 'Chuck'
set @arg_nam= 'Donna'
set @arg_r=  8
set @arg_sal=  600
set @arg_r= 10
prepare st_1180 from 'SELECT * FROM t1 WHERE ?="1111" and session_id = "abc"'
set @arg09= '100100100'
set @arg15= 'row_one'
set @arg16= '2004-10-12'
set @arg04= NULL
set @arg16= NULL
set @arg17= NULL
set @arg02= 3
insert into t2 values ('aaaa', 'yyyy', 'R', 203), ('bbbb', 'zzzz', 'C', 201)
set @arg1= "yyyy"
prepare stmt1 from 'insert into t1 (a, b) values (?, ?)'
set @varchararg= '2222'
execute stmt1 using @intarg, @UNDEFINED
EXECUTE stmt USING @unknown
EXECUTE s USING NULL
prepare stmt1 from ' select 1 as my_col '
prepare
prepare from ' select 1 '
prepare stmt1 from ' select * from t1 where x <= 2 '
create table t5\n(\n  a timestamp default '2004-02-29 18:01:59',\n  b char(30),\n  c int\n)
insert into t5( f1, f2, f3) values( 9, 'recreated table', 9)
set @arg01='two'
prepare stmt1 from ' select * from t1 where a <= ? '
prepare stmt2 from ' select a from t1 where a <= 2 '
execute stmt4 using @arg00
prepare stmt4 from ' show engine myisam logs '
prepare stmt4 from ' show master logs '
prepare stmt_do from ' do @var:=  (1 in (select a from t1)) '
execute stmt_do
prepare stmt1 from ' deallocate prepare never_prepared '
prepare stmt3 from ' create database mysqltest '
SET sql_mode=ansi
create table t2 (id smallint, name varchar(20))
execute stmt1 using @id, @arg01
prepare stmt3 from ' create table t3 like t2 '
create table t7 (a int)
select '------ big statement tests ------' as test_sequence
set @arg03= 1
set @arg11= 1
set @arg14= 1
set @arg24= 1
set @arg33= 1
set @arg35= 1
set @arg51= 1
set @arg52= 1
select 'ABC' as my_const_col FROM t1 WHERE\n@arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and\n@arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and\n@arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and\n@arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and\n@arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and\n@arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and @arg00=@arg00 and\n@arg00=@arg00
prepare stmt1 from ' select ''ABC'' as my_const_col FROM t1 WHERE\n ? = ?  and  ? = ?  and  ? = ?  and  ? = ?  and\n ? = ?  and  ? = ?  and  ? = ?  and  ? = ?  and\n ? = ?  and  ? = ?  and  ? = ?  and  ? = ?  and\n ? = ?  and  ? = ?  and  ? = ?  and  ? = ?  and\n ? = ?  and  ? = ?  and  ? = ?  and  ? = ?  and\n ? = ?  and  ? = ?  and  ? = ?  and  ? = ?  and\n ? = ?  '
set @col_num= 1000
set @string= concat(@string, 'c0 int)' )
prepare stmt1 from @string
set @string= concat(@string, '1 ,')
drop table t1, t5, t9
prepare stmt1 from "select 1 from t1 where 1=(select 1 from t1 having c1)"
prepare stmt1 from ' SELECT s FROM t2\nwhere match (s) against (concat(?,''digger'')) '
rename table t1 to t1_2, t9 to t9_2
drop table t1, t1_1, t1_2, \n           t9_1, t9_2, t9
SET @s := "CHANGE MASTER TO MASTER_HOST='host2'"
set @val=4
set @val=8
set @val=10
create function f1 (a int) returns int return a
prepare stmt from "insert into t1(a) values (?)"
create view v1 as select a from t2
insert into t1 (a) values (6)
select * from t1 join t2 on (t1.a=t2.a) join t3 on (t2.a=t3.a)
set @var=4
insert into t1 (a) value (1)
create algorithm = temptable view t1 as select * from t2
# empty TDC\ncreate view t1 as select a, 5*a as b, 6*a as c from t2
create function f1() returns int return (select max(a) from t1)
drop trigger v2_bi
prepare stmt from\n "select * from mysql.general_log where argument='IMPOSSIBLE QUERY STRING'"
prepare stmt from\n "select type, db, name from mysql.proc where name='p1'"
alter table t1 change a a varchar(20) NOT NULL
drop table if exists t_27420_100
drop table if exists t_27420_101
drop view if exists v_27420
create table t_27420_101(a int)
create view v_27420 as select t_27420_100.a X, t_27420_101.a Y\n  from t_27420_100, t_27420_101\n  where t_27420_100.a=t_27420_101.a
create table t_27430_1 (a int not null, oref int not null, key(a))
prepare stmt from\n "select oref, a, a in (select a from t_27430_1 where oref=t_27430_2.oref) Z from t_27430_2"
drop table t_27430_1, t_27430_2
insert into t_27430_2 values\n  (1, 1),\n  (2,2),\n  (NULL, 3),\n  (NULL, 4)
create table v_27690_1 as select * from t_27690_1
drop table v_27690_2
drop function if exists f_12093
drop procedure p_12093
prepare stmt from "delete t2, t3 from t2, t3 where (1) in (select * from t1)"
prepare stmt from "show databases where (1) in (select * from t1)"
prepare stmt from "show tables where (1) in (select * from t1)"
prepare stmt from "show fields from t1 where (1) in (select * from t1)"
prepare stmt from "show keys from t1 where (1) in (select * from t1)"
prepare stmt from "show variables where (1) in (select * from t1)"
prepare stmt from "show charset where (1) in (select * from t1)"
prepare stmt from "do ((1) in (select * from t1))"
drop table if exists t1, t2, t3, v1, v2
CREATE TEMPORARY TABLE t1 (i INT)
DROP TEMPORARY TABLE tm
EXECUTE stmt3
CREATE TRIGGER tr1 BEFORE INSERT ON t1 FOR EACH ROW SET NEW.a=NEW.a + 1
prepare stmt1 from "truncate t1"
prepare stmt6 from "select * from t1 union all select 1.5"
prepare stmt5 from "select * from t1 union select * from t2"
create table t1 (a int, b int, primary key(b),unique index t1_unq_idx(a))
insert into t1 set a = 0, b = 0
insert into t1 select a + 8, b + 8 from t1
prepare stmt from "insert into t1 values(1)"
create function f1() returns int\nbegin\n  call p1();\n  return 1;\nend
drop schema mysqltest
SELECT 'All done'
INSERT t1 SELECT * FROM ( SELECT * FROM t1 ) sq
select '------ grant/revoke/drop affects a parallel session test ------'\n  as test_sequence
prepare stmt3 from ' drop user drop_user@localhost '
INSERT INTO t2 VALUES ('c'), ('d'), ('b')
CREATE TABLE t2 (b varchar(10) CHARACTER SET utf8) ENGINE=MYISAM
CREATE FUNCTION f2 () RETURNS VARCHAR(1) RETURN '!'
CREATE PROCEDURE p1(p1 INT)\n  DELETE FROM t1 LIMIT p1
create table t1 (a int) partition by list(a) (\n  partition p0 values in (null,1,2),\n  partition p1 values in (3,4)\n)
PREPARE stmt FROM 'UPDATE t1 t1 SET a = (SELECT 1 FROM t2 WHERE a = t1.a) where a = ?'
execute stmt using @var1, @var2
PREPARE stmt FROM 'DELETE FROM t1 where a = ?'
PREPARE stmt FROM 'EXPLAIN DELETE FROM t1 WHERE  ?=?'
CREATE ALGORITHM=TEMPTABLE VIEW v1 AS SELECT * FROM t
PREPARE stmt_3 FROM 'RELEASE SAVEPOINT s1'
PREPARE stmt_1 FROM 'HANDLER t1 OPEN'
PREPARE stmt_3 FROM 'HANDLER t1 READ NEXT'
PREPARE stmt_1 FROM "HELP `Tamagotchi`"
PREPARE stmt_1 FROM 'CREATE VIEW v1 AS SELECT * FROM t1'
DEALLOCATE PREPARE stmt_6
PREPARE stmt_3 FROM "DROP SERVER s"
PREPARE stmt_1 FROM "SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO=30001, MESSAGE_TEXT='Hello, world!'"
SELECT * FROM non_existent_table_1
RELEASE SAVEPOINT s1
PREPARE stmt_1 FROM 'SELECT 1'
CREATE TRIGGER trg1 BEFORE INSERT ON t1 FOR EACH ROW SET @a=1
XA RECOVER
GET DIAGNOSTICS CONDITION 1 @sqlstate = RETURNED_SQLSTATE, @errno = MYSQL_ERRNO, @text = MESSAGE_TEXT
SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO=30001, MESSAGE_TEXT='Hello, world!'
SET GLOBAL query_cache_size= 512*1024*1024, query_cache_type= ON
GRANT XXXXXX TO CURRENT_USER
create definer='PUBLIC' PROCEDURE p1() SELECT 1
delete from mysql.global_priv where user="PUBLIC"
drop role roletest
create user testuser
create database testdb1
use testdb1
use testdb2
insert into t3 values (1,2)
select * from testdb2.t2
select b from testdb2.t3
GRANT SELECT (b) ON testdb2.t3 to PUBLIC
GRANT LOCK TABLES ON testdb.* to PUBLIC
REVOKE LOCK TABLES ON testdb.* from PUBLIC
GRANT UPDATE,SELECT ON testdb.* to PUBLIC
REVOKE ALL PRIVILEGES, GRANT OPTION from `PUBLIC`
GRANT roletest TO PUBLIC
GRANT ALL PRIVILEGES ON `dbtest`.* TO `PUBLIC`
SET LOCAL query_cache_type= Off
SET LOCAL query_cache_type= 0
SET LOCAL query_cache_type= on
insert into t2 values (4),(5),(6)
create table t2 (a text not null)
# 8\ninsert into t1 select * from t2
# 89\ninsert into t2 select * from t1
# 233\ninsert into t2 select * from t1
create table mysqltest.t1 (i int not null auto_increment, a int, primary key (i))
insert into mysqltest.t1 (a) values (1)
select SQL_CALC_FOUND_ROWS * from t1 limit 2
select * from t1 where i=1
set GLOBAL query_cache_size=20480
update t1 set i=(select distinct 1 from (select * from t2) a)
create table t1 (word char(20) not null)
create table t3 (a text not null)
delete from t2 where a=1
set collation_connection=koi8r_bin
create table t1 (a varchar(20), b int)
select table_name from information_schema.tables\nwhere table_schema="test"
set query_cache_strip_comments=1
create function f1() returns int\nbegin\nDeclare var1 int;\nselect max(a) from t1 into var1;\nreturn var1;\nend
call f3()
drop procedure f4
set GLOBAL query_cache_size=0
insert into t1 values(0), (1), (4), (5)
insert into t1(c1) select c1 from v1
insert into t1 values(1),(10),(100)
set GLOBAL query_cache_min_res_unit=0
select week('2007-01-04')
select *, MATCH(a,b) AGAINST("+called +collections" IN BOOLEAN MODE) as x from t1
set GLOBAL query_cache_limit=default
set global query_cache_size=102400
select * from db3.t1
CREATE TABLE t1 (c1 INT NOT NULL) ENGINE=MyISAM
SET @sleep_time_per_result_row = 1
SET @query_cache_limit=        @@global.query_cache_limit
SET @query_cache_min_res_unit= @@global.query_cache_min_res_unit
SET @query_cache_size=         @@global.query_cache_size
SET GLOBAL query_cache_limit=10000
SET GLOBAL query_cache_size=         @query_cache_size
set global query_cache_type= ON
SET DEBUG_SYNC = "wait_after_query_cache_invalidate SIGNAL parked WAIT_FOR go"
INSERT INTO t2 VALUES ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')
SET DEBUG_SYNC="wait_in_query_cache_invalidate2 SIGNAL parked1_2 WAIT_FOR go1_2"
SET DEBUG_SYNC="now WAIT_FOR parked1_1"
create table t00 (a int) engine=MERGE UNION=(t1,t2,t3,t4,t5,t6,t7,t8,t9,t10,t11,t12,t13,t14,t15,t16,t17,t18,t19,t20,t21,t22,t23,t24,t25,t26,t27,t28,t29,t30,t31,t32,t33,t34,t35,t36,t37,t38,t39,t40,t41,t42,t43,t44,t45,t46,t47,t48,t49,t50,t51,t52,t53,t54,t55,t56,t57,t58,t59,t60,t61,t62,t63,t64,t65,t66,t67,t68,t69,t70,t71,t72,t73,t74,t75,t76,t77,t78,t79,t80,t81,t82,t83,t84,t85,t86,t87,t88,t89,t90,t91,t92,t93,t94,t95,t96,t97,t98,t99,t100,t101,t102,t103,t104,t105,t106,t107,t108,t109,t110,t111,t112,t113,t114,t115,t116,t117,t118,t119,t120,t121,t122,t123,t124,t125,t126,t127,t128,t129,t130,t131,t132,t133,t134,t135,t136,t137,t138,t139,t140,t141,t142,t143,t144,t145,t146,t147,t148,t149,t150,t151,t152,t153,t154,t155,t156,t157,t158,t159,t160,t161,t162,t163,t164,t165,t166,t167,t168,t169,t170,t171,t172,t173,t174,t175,t176,t177,t178,t179,t180,t181,t182,t183,t184,t185,t186,t187,t188,t189,t190,t191,t192,t193,t194,t195,t196,t197,t198,t199,t200,t201,t202,t203,t204,t205,t206,t207,t208,t209,t210,t211,t212,t213,t214,t215,t216,t217,t218,t219,t220,t221,t222,t223,t224,t225,t226,t227,t228,t229,t230,t231,t232,t233,t234,t235,t236,t237,t238,t239,t240,t241,t242,t243,t244,t245,t246,t247,t248,t249,t250,t251,t252,t253,t254,t255,t256,t257) INSERT_METHOD=FIRST
drop table t1,t2,t3,t4,t5,t6,t7,t8,t9,t10,t11,t12,t13,t14,t15,t16,t17,t18,t19,t20,t21,t22,t23,t24,t25,t26,t27,t28,t29,t30,t31,t32,t33,t34,t35,t36,t37,t38,t39,t40,t41,t42,t43,t44,t45,t46,t47,t48,t49,t50,t51,t52,t53,t54,t55,t56,t57,t58,t59,t60,t61,t62,t63,t64,t65,t66,t67,t68,t69,t70,t71,t72,t73,t74,t75,t76,t77,t78,t79,t80,t81,t82,t83,t84,t85,t86,t87,t88,t89,t90,t91,t92,t93,t94,t95,t96,t97,t98,t99,t100,t101,t102,t103,t104,t105,t106,t107,t108,t109,t110,t111,t112,t113,t114,t115,t116,t117,t118,t119,t120,t121,t122,t123,t124,t125,t126,t127,t128,t129,t130,t131,t132,t133,t134,t135,t136,t137,t138,t139,t140,t141,t142,t143,t144,t145,t146,t147,t148,t149,t150,t151,t152,t153,t154,t155,t156,t157,t158,t159,t160,t161,t162,t163,t164,t165,t166,t167,t168,t169,t170,t171,t172,t173,t174,t175,t176,t177,t178,t179,t180,t181,t182,t183,t184,t185,t186,t187,t188,t189,t190,t191,t192,t193,t194,t195,t196,t197,t198,t199,t200,t201,t202,t203,t204,t205,t206,t207,t208,t209,t210,t211,t212,t213,t214,t215,t216,t217,t218,t219,t220,t221,t222,t223,t224,t225,t226,t227,t228,t229,t230,t231,t232,t233,t234,t235,t236,t237,t238,t239,t240,t241,t242,t243,t244,t245,t246,t247,t248,t249,t250,t251,t252,t253,t254,t255,t256,t257,t00
SET @save_table_definition_cache = @@global.table_definition_cache
set @query_cache_size_save=@@global.query_cache_size
select * from t21
DROP DATABASE IF EXISTS bug30269
set global query_cache_size= 81920
SELECT id FROM test1 WHERE id>2
set global query_cache_size = 10*1024*1024
call bug3583()
create table d.t1 like test.t1
create view v1 (c,d) as select sql_cache a,b from t1
alter view v1 as select a from t1 where a > 2
create view v3 (a,b) as select t1.a as a, t2.a as b from t1, t2
SET AUTOCOMMIT=OFF
set GLOBAL query_cache_type=@save_query_cache_type
CREATE TABLE t1 (\n  event_date date DEFAULT '0000-00-00' NOT NULL,\n  type int(11) DEFAULT '0' NOT NULL,\n  event_id int(11) DEFAULT '0' NOT NULL,\n  PRIMARY KEY (event_date,type,event_id)\n)
CREATE TABLE t1 (\n  id int(11) NOT NULL auto_increment,\n  parent_id int(11) DEFAULT '0' NOT NULL,\n  level tinyint(4) DEFAULT '0' NOT NULL,\n  PRIMARY KEY (id),\n  KEY parent_id (parent_id),\n  KEY level (level)\n)
INSERT INTO t1 VALUES (1,0,0), (3,1,1), (4,1,1), (8,2,2), (9,2,2), (17,3,2),\n(22,4,2), (24,4,2), (28,5,2), (29,5,2), (30,5,2), (31,6,2), (32,6,2), (33,6,2),\n(203,7,2), (202,7,2), (20,3,2), (157,0,0), (193,5,2), (40,7,2), (2,1,1),\n(15,2,2), (6,1,1), (34,6,2), (35,6,2), (16,3,2), (7,1,1), (36,7,2), (18,3,2),\n(26,5,2), (27,5,2), (183,4,2), (38,7,2), (25,5,2), (37,7,2), (21,4,2),\n(19,3,2), (5,1,1), (179,5,2)
create table t1 ( aString char(100) not null default "", key aString (aString(10)) )
select * from t1 where aString > "believe in love" order by aString
select count(*) from t1 where upper(art) = 'J'
explain select * from t1, t1 t2 where t1.y = 2 and t2.x >= 0 and t2.x <= t1.y
explain select count(*) from t1 where x in (1)
CREATE TABLE t1 (key1 int(11) NOT NULL default '0', KEY i1 (key1))
INSERT INTO t1 VALUES (0),(0),(0),(0),(0),(1),(1)
SELECT * FROM t1\nWHERE\n(\n    ( b =1 AND a BETWEEN 14 AND 21 ) OR\n    ( b =2 AND a BETWEEN 16 AND 18 ) OR\n    ( b =3 AND a BETWEEN 15 AND 19 ) OR\n    (a BETWEEN 19 AND 47)\n)
INSERT into t1 (owner,id,columnid,line) values (11,15,15,1),(11,13,13,5)
create table t1 ( id1 int not null, id2 int not null, idnull int null, c char(20), primary key (id1,id2))
explain select * from t1, t2  where t1.uid=t2.uid AND t2.uid > 0
explain select * from t1, t2  where t1.uid=t2.uid AND t1.uid != 0
explain select * from t1, t2  where t1.uid=t2.uid AND t2.uid != 0
select * from t1, t2  where t1.uid=t2.uid AND t1.uid > 0
create table t1 (x bigint unsigned not null)
INSERT INTO t1 (a) VALUES\n('111'),('222'),('222'),('222'),('222'),('444'),('aaa'),('AAA'),('bbb')
explain select * from t1 where a='aaa'
insert into t1 (c1) values ('1'),('1'),('1'),('1')
CREATE TABLE t1 (name varchar(15) NOT NULL, KEY idx(name))
DELETE FROM t1 WHERE NOT(a <=> 2)
explain select * from t1 where a between 'a' and 'a '
CREATE TABLE t1 (                                      \n  item char(20) NOT NULL default '',                          \n  started datetime NOT NULL default '0000-00-00 00:00:00', \n  price decimal(16,3) NOT NULL default '0.000',                 \n  PRIMARY KEY (item,started)                     \n) ENGINE=MyISAM
SELECT * FROM t1 WHERE item='A1' AND started<='2005-12-01 24:00:00'
EXPLAIN SELECT a FROM t1 WHERE a='b' OR a='B'
CREATE TABLE t1 (f1 TINYINT(11) UNSIGNED NOT NULL, PRIMARY KEY (f1))
INSERT INTO t1( a, b ) VALUES\n  (0, 1), (1, 2), (1, 4), (2, 3), (5, 0), (9, 7),\n  (10, 11), (11,12), (11, 14), (12, 13), (15, 10), (19, 17),\n  (20, 21), (21,22), (21, 24), (22, 23), (25, 20), (29, 27)
INSERT INTO t2( a, b ) \nVALUES ( 1, 1), ( 2, 1), ( 3, 1), ( 4, 1), ( 5, 1),\n       ( 6, 1), ( 7, 1), ( 8, 1), ( 9, 1), (10, 1), \n       (11, 1), (12, 1), (13, 1), (14, 1), (15, 1),\n       (16, 1), (17, 1), (18, 1), (19, 1), (20, 1)
INSERT INTO t2 SELECT a, 2 FROM t2 WHERE b = 1
EXPLAIN\nSELECT * FROM t2 WHERE\n5 <= a AND a < 10 AND b = 2 OR\n15 <= a AND a < 20 AND b = 3\nOR\n1 <= a AND b = 1
INSERT INTO t1 VALUES (1), (NULL)
SELECT * FROM t1 WHERE a >= '2009/09/23'
SELECT * FROM t2 WHERE a >= '2009.09.23'
SELECT * FROM t2 WHERE a >=  20090923120000
SELECT * FROM t1 WHERE a >= '2009:09:23 00:00:00'
SELECT str_to_date('2007-10-00', '%Y-%m-%d') >= '' AND \n       str_to_date('2007-10-00', '%Y-%m-%d') <= '2007/10/20'
SELECT str_to_date('2007-20-00', '%Y-%m-%d') >= '2007/10/20' AND \n       str_to_date('2007-20-00', '%Y-%m-%d') <= ''
SELECT * FROM t1 WHERE 2 NOT BETWEEN c_notkey AND c_key
CREATE TABLE t1(pk INT PRIMARY KEY, i4 INT)
CREATE UNIQUE INDEX i4_uq ON t1(i4)
INSERT INTO t1 VALUES\n  (1,10), (2,20), (3,30), (4,40), (5,50), (6,60), (7,70), (8,80)
SELECT * FROM t1 WHERE 10 BETWEEN 11 AND 11
SELECT * FROM t1 WHERE i4 BETWEEN 100 AND 0
EXPLAIN\nSELECT * FROM t1 WHERE i4 BETWEEN 10 AND '20'
insert into t2 select null,id*0.0009 from t1
select * from t1 force  index (primary) where a=1 and c>= 2.9
select * from t1 ignore index (primary) where a=1 and c>= 2.9
SELECT * FROM t1 WHERE F1 >= 'A    '
insert into t1 select key1+32 from t1
insert into t2 select a+32 from t2
select count(*) from t2 left join t1\n  on (t1.key1 < 3 or t1.key1 between 920 and 930) and t1.key2 < 1000
create table t1 (a int, b int, c int, key idx (a,b,c))
SELECT c FROM t1                  WHERE d='q' OR d>='q' OR a > 97 OR (d IN ('j','s','i') AND b = 102)
UPDATE v3 SET f3=0, f4=4 WHERE f2=68 ORDER BY f1
explain select count(*) from t1 where fd <'😁'
select count(*) from t1 where fd <'😁'
insert into t2 values (2, 2, 2, 2), (3, 3, 3, 3), (4, 4, 4, 4), (5, 5, 5, 5),\n  (6, 6, 6, 6), (7, 7, 7, 7), (8, 8, 8, 8), (9, 9, 9, 9)
insert into t2 values (0, 0, 0, 0), (1, 1, 1, 1)
CREATE TABLE t1 (\n  key1varchar varchar(14) NOT NULL,\n  key2int int(11) NOT NULL DEFAULT '0',\n  col1 int,\n  PRIMARY KEY (key1varchar,key2int),\n  KEY key1varchar (key1varchar),\n  KEY key2int (key2int)\n) DEFAULT CHARSET=utf8
INSERT INTO t2 VALUES ('2001-01-01')
INSERT INTO t2 VALUES ('2001#01#01')
alter table t2 add key(a)
explain extended select * from t2 where (b > 25 and b < 15) or a<44
set optimizer_switch='index_merge=off'
insert into t1 select a+100, concat(b,'xx') from t1
set eq_range_index_dive_limit=0
set max_session_mem_used=64*1024*1024
set @query=concat('explain select * from t2 where a=1 or a in (', @query, ')')
set max_session_mem_used=@tmp_24117
CREATE TABLE t2 (code CHAR(8), num INT, PRIMARY KEY (code))
INSERT INTO t2 VALUES ('100',1),('111',2)
create table t1 (pk int, i int, v int, primary key (pk), key(v))
insert into t1 (pk,i,v) values (1,1,2),(2,2,4),(3,3,6),(4,4,8),(5,5,10),(6,6,12),(7,7,14),(8,8,16)
insert into t2 values (1,2),(2,4)
select 1 from t1 s1\n  where 1 not in (select 1 from t1\n                    where ((a = 1 or a = 2) and b = 1) or b = NULL)
select c from t2\n  where 2 not in (select 1 from t1\n                    where ((a=1 or a=2) and b = 1) or (b > 5 and b < 1))
insert into t1 select a,a from one_k limit 5
drop index id on t2
alter table t2 add index (id)
select count(*) from (select @a:=concat(@a, ',', a) from t2 ) Z
prepare stmt1 from @a
create table t2 ( \n a int,\n b int,\n filler1 char(100),\n filler2 char(100),\n filler3 char(100),\n filler4 char(100),\n key(a),\n key(b)\n) engine=innodb
drop table t0,t2
create table t1 (\n  a int, b int, c int,\n  key(a),key(b),key(c)\n)engine=innodb
insert into t1(es,er) select 0, 3 from seq_1_to_951
insert into t1(es,er) select 1, 4 from seq_1_to_687
insert into t1(es,er) select 1, 7 from seq_1_to_4
insert into t1(es,er) select 4, 3 from seq_1_to_297
insert into t1(es,er) select 4, 6 from seq_1_to_19
insert into t1(es,er) select 4, 11 from seq_1_to_1
update t1 set p='foobar'
update t1 set x=0
create table t2 (\n  pk int primary key,\n  key1 int,\n  col1 int,\n  key (key1, pk)\n)
explain select * from t1 where \n  kp1 in (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20) and\n  kp2 in (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20) and\n  kp3 in (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20) and\n  kp4 in (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20)
set optimizer_max_sel_arg_weight= @tmp9750_weight
set optimizer_trace=@tmp_9750
CREATE TABLE t1 (id INT, KEY (id))
set session optimizer_switch='index_merge_sort_intersection=off'
EXPLAIN \nSELECT * FROM City\n  WHERE (Population > 101000 AND Population < 115000)
SELECT * FROM City\n  WHERE ((Name > 'Ca' AND Name < 'Cf') OR (Country > 'E' AND Country < 'F'))\n        AND (Population > 101000 AND Population < 102000)
EXPLAIN\nSELECT  * FROM City\n  WHERE (Name < 'Bb' AND (Country > 'A' AND Country < 'B')) OR\n  (Name BETWEEN 'P' AND 'S' AND (Population > 103000 AND Population < 104000))
SELECT  * FROM City USE INDEX ()\n  WHERE (Name < 'Bb' AND (Country > 'A' AND Country < 'B')) OR\n  (Name BETWEEN 'P' AND 'Pb' AND (Population > 101000 AND Population < 110000))
SELECT  * FROM City USE INDEX ()\n  WHERE (Name < 'Bb' AND (Country > 'A' AND Country < 'B')) OR\n  (Name BETWEEN 'P' AND 'S' AND (Population > 103000 AND Population < 104000))
EXPLAIN\nSELECT * FROM City WHERE (ID < 10) OR (ID BETWEEN 100 AND 110)
EXPLAIN \nSELECT * FROM City WHERE ID BETWEEN 3790 AND 3800
EXPLAIN\nSELECT * FROM City \n  WHERE ((Population > 101000 AND Population < 103000) OR Name LIKE 'P%')\n        AND Country='EST'
SELECT * FROM City \n  WHERE ((Population > 101000 AND Population < 103000) OR Name LIKE 'Pas%')\n        AND Country='USA'
EXPLAIN\nSELECT * FROM City WHERE Name LIKE 'Pa%'
EXPLAIN\nSELECT * FROM City\n  WHERE ((Population > 101000 AND Population < 103000) OR\n          ID BETWEEN 3790 AND 3800) AND Country='USA'\n        AND (Name LIKE 'Pa%' OR ID BETWEEN 4028 AND 4032)
SELECT * FROM City USE INDEX ()\n  WHERE ((Population > 101000 AND Population < 102000) OR\n          ID BETWEEN 3790 AND 3800) AND Country='USA'\n        AND (Name LIKE 'Pa%' OR ID BETWEEN 4028 AND 4032)
EXPLAIN\nSELECT * FROM City\n  WHERE ((Population > 101000 AND Population < 11000) OR\n          ID BETWEEN 3500 AND 3800) AND Country='USA'\n        AND (Name LIKE 'P%' OR ID BETWEEN 4000 AND 4300)
DROP INDEX CountryName ON City
insert into t1(account_id, login, home_state, work_state) values\n  (1, 'pw', 'ia', 'ia'), (1, 'pw', 'ia', 'ia'), (1, 'pw', 'ia', 'ia'),\n  (1, 'pw', 'ia', 'ia'), (1, 'pw', 'ia', 'ia'), (1, 'pw', 'ia', 'ia')
explain\n  select * from t1 where (c2=1 and c3=1) or (c4=2 and c5=1)
alter table t1 add key k1 (c2)
insert into t1 (c2,c3,c4) select c2,c3,2 from t1 where c2 != 'a'
insert into t1 (c2,c3,c4) select c2,c3,4 from t1 where c2 != 'a'
explain\n  select distinct c1 from t1 where (c4!= 0) AND (c2='e' OR c3='q')
create table t1 (\n  id int unsigned auto_increment primary key,\n  c1 char(12),\n  c2 char(15),\n  c3 char(1)\n)
update t1 set c1=lpad(id+1000, 12, ' '), c2=lpad(id+10000, 15, ' ')
explain\n  select * from t1 where (c1='      100000' or c2='         2000000') and c3='2'
CREATE TABLE t1 (\n  f1 int, f2 int, f3 int, f4 int, f5 int,\n  PRIMARY KEY (f4), KEY (f1), KEY (f2), KEY (f3)\n)
EXPLAIN\nSELECT * FROM t1 FORCE KEY (PRIMARY,f3,f4)\n  WHERE ( f3 = 1 OR f1 = 7 ) AND f1 < 10\n        OR f3 BETWEEN 2 AND 2 AND ( f3 = 1 OR f4 < 7 )
CREATE TABLE t2 (f1 int, f2 int, f3 int, f4 int, INDEX idx (f3,f2))
INSERT INTO t1 VALUES \n (0,58,7,7),(0,63,2,0),(0,64,186,8),(0,65,1,-2), (0,71,190,-3),\n (0,72,321,-7),(0,73,0,3),(0,74,5,25),(0,75,5,3)
INSERT INTO t1 VALUES  \n  (1,'Arizona','Phoenix'), \n  (2,'Hawaii','Honolulu'),\n  (3,'Georgia','Atlanta'), \n  (4,'Florida','Tallahassee'), \n  (5,'Alaska','Juneau'),\n  (6,'Michigan','Lansing'),\n  (7,'Pennsylvania','Harrisburg'),\n  (8,'Virginia','Richmond')
create user test@localhost
create temporary table t4 (a int) select * from t3
grant all on mysqltest_db1.* to `mysqltest_u1`@`%`
CREATE TABLE t1(a INT) ENGINE=INNODB
CREATE USER bug33669@localhost
CREATE TEMPORARY TABLE temp (a INT) ENGINE=INNODB
INSERT INTO temp1 SELECT * FROM t1
DELETE temp1, temp2 FROM temp1, temp2
set default_tmp_storage_engine=innodb
create table t3 SELECT 3,"table 3"
rename table t3 to t4, t5 to t3, t1 to t2, t4 to t1
RENAME TABLE t1 TO t2, t3 to t4
alter table v1 rename to v2
CREATE OR REPLACE TABLE t2 (a INT)
rename table t1_tmp to t2_tmp
rename table t1 to non_existent.t2
RENAME TABLE t2 TO t3,\n             t1 TO t3
ALTER DATABASE `#mysql50#` UPGRADE DATA DIRECTORY NAME
ALTER DATABASE `#mysql50#upgrade-me` UPGRADE DATA DIRECTORY NAME
INSERT INTO t1 VALUES(1), (2)
CREATE TEMPORARY TABLE t3 AS SELECT 1 AS a
CREATE TEMPORARY TABLE t4 (i INT)
CREATE FUNCTION f4() RETURNS INT\nBEGIN\n  DROP TEMPORARY TABLE t4;\n  RETURN 1;\nEND
SELECT f5() AS my_column, a FROM t5
HANDLER t3_1 CLOSE
ALTER TABLE t7 RENAME TO t
CHECK TABLE t1 FOR UPGRADE
delete from t1 where a % 7 = 0
replace into t1 values (126,"first updated")
replace into t1 values (63,default)
REPLACE INTO t1 (id1, val1) VALUES (1, 'g') RETURNING t1.*
REPLACE INTO t1 VALUES (1,'u'),(2,'v') RETURNING t1.*
PREPARE stmt FROM "REPLACE INTO t1 SET id1=3, val1='k' RETURNING id1,\n(SELECT id2 FROM t2 WHERE val2='b')"
REPLACE INTO t2(id2,val2) SELECT * FROM t1
REPLACE INTO t2 SELECT * FROM t1 WHERE id1=3 RETURNING (SELECT\nGROUP_CONCAT(val1) FROM t1 WHERE id1=1)
REPLACE INTO t2 SELECT * FROM t1 WHERE id1=3 RETURNING (SELECT id1+id2\nFROM t1 WHERE id1=1)
REPLACE INTO t2 SELECT * FROM t1 WHERE id1=1 RETURNING (SELECT id1+id2\nFROM t2 WHERE id2=0)
REPLACE INTO t2 SELECT * FROM t1 WHERE id1=2 RETURNING t2.*
REPLACE INTO t2(id2,val2) values(2,'b') RETURNING SUM(id2)
REPLACE INTO t2 VALUES(5,'c'),(6,'f') RETURNING (SELECT id1 FROM t1)
REPLACE INTO t2 SET id2=1, val2='a' RETURNING id1
REPLACE INTO t1(num_int1,num_bit1,num_float1,num_double1,char_enum1,char_set1,\nstr_varchar1, d1,dt1,ts1,y1,b1) VALUES(1,b'1000011', 123.45, 123.55,\n'A','b,e', 'V','120314',"2012-04-19 13:08:22", '2001-07-22 12:12:12',\n2012,0) RETURNING *
REPLACE INTO t2 VALUES(5, 'c'), (6, 'f') RETURNING(SELECT id1 FROM t1)
REPLACE INTO t2(id2, val2) SELECT* FROM t1 WHERE id1 = 2 RETURNING(SELECT id1\nFROM t1)
REPLACE INTO t2(id2, val2) SELECT* FROM t1 WHERE id1 = 2 RETURNING(SELECT *\nFROM t1)
SET GLOBAL require_secure_transport=OFF
# basic setup\n\nSTART SLAVE SQL_THREAD
SET @@SESSION.debug_sync=\n  'hold_sss_with_run_lock SIGNAL sss_got_run_lock WAIT_FOR sss_continue'
SET @@SESSION.debug_sync= RESET
INSERT INTO t1 VALUES ('255.4')
INSERT INTO t1 VALUES ('65535.4')
INSERT INTO t1 VALUES ('-8388608.4')
CREATE TABLE t1 (uint24 mediumint unsigned not null)
INSERT IGNORE INTO t1 VALUES ('9223372036854775807.5')
INSERT INTO t1 VALUES ('1844674407370955161.4')
INSERT INTO t1 VALUES ('1844674407370955161.1e1')
CREATE TABLE t1 (str varchar(128), sint64 bigint not null default 0)
INSERT INTO t1 (str) VALUES ('1.0005e3')
INSERT INTO t1 (str) VALUES ('1.5e0')
INSERT INTO t1 (str) VALUES ('100050e-2')
create table t1 (a int null, v varchar(100)) engine=myisam checksum=1
create table t1 (a int null, v varchar(100)) engine=maria checksum=0
CREATE TABLE t1 ( c1 int NOT NULL, c2 int NOT NULL, c4 varchar(20), c5 varchar(20), c6 varchar(20), c7 varchar(20), c8 varchar(20), c9 varchar(20), c10 varchar(20), c11 varchar(20), c12 varchar(20), c13 varchar(20), c14 varchar(20), c15 varchar(20), c16 varchar(20), c19 int NOT NULL, c20 int NOT NULL, c21 varchar(20), c22 VARCHAR(20), c23 varchar(20))
create table t1 ( a int, b int as (a) virtual, c text) engine=myisam checksum=1
select row(1,2,3) IN (row(3,NULL,3), row(1,2,3), row(1,3,3))
select row('a',1.5,3) IN (row(1,2,3), row('a',1.5,3), row('a','a','a'))
select row('b',1.5,3) IN (row('b',NULL,4), row('a',1.5,3), row(1,3,3))
SELECT (1,2,3)=(1,NULL,3)
SELECT ROW(1,2,3)=ROW(1,2,3)
SELECT ROW(1,2,ROW(3,4,5))=ROW(1,2,ROW(3,4,5))
SELECT ROW('test',2,ROW(3,33))=ROW('test',2,4)
create table t1 ( a int, b int, c int)
select ROW(a,b,c) IN(row(1,2,3), row(3,2,1)) from t1
select ROW(1,1)
insert into t1 values (1, 4)
SELECT ROW(1,ROW(2,3)) IN (ROW(1,ROW(2,3)),ROW(1,1),ROW(1,ROW(2,3)))
SELECT (1,2,3) < (1+1,  NULL, 3)
SELECT * FROM t1 WHERE (a,b,c) < (1,2,3)
SELECT (1,2,3) >= (1+1,  NULL, 3)
SELECT * FROM t1 WHERE (a,b,c) >= (1,2,3)
SELECT ROW(1,1,1) = ROW(1,1,1) as `1`, ROW(1,1,1) = ROW(1,2,1) as `0`, ROW(1,NULL,1) = ROW(2,2,1) as `0`, ROW(1,NULL,1) = ROW(1,2,2) as `0`, ROW(1,NULL,1) = ROW(1,2,1) as `null`
EXPLAIN SELECT * FROM t1 WHERE (a,b)=(3,2)
EXPLAIN SELECT * FROM t1,t2 WHERE (t1.a,t1.b)=(t2.a,t2.b)
SELECT * FROM t1,t2 WHERE (t1.a,t1.b)=(t2.a,t2.b)
EXPLAIN SELECT * FROM t1,t2 WHERE t1.a=t2.a AND t1.b=2
EXPLAIN EXTENDED SELECT * FROM t1,t2 WHERE (t1.a,t1.b)=(t2.a,t2.b+1)
SELECT * FROM t1,t2 WHERE t2.a=t1.a AND (t2.b,t2.c)=(2,1)
CREATE TABLE t1(\n a int, b int, c int, d int, e int, f int, g int, h int,\n PRIMARY KEY (a,b,c,d,e,f,g)\n)
INSERT INTO t1 VALUES (10,10),(20,20)
DROP DATABASE IF EXISTS dbt3_s001
CREATE INDEX i_l_quantity ON lineitem(l_quantity)
set @@use_stat_tables=preferably
CREATE TABLE t2 (\n  pk int PRIMARY KEY,\n  i1 int, i2 int,\n  c2 varchar(100),\n  KEY (i1),\n  KEY (i2)\n) engine=myisam
INSERT INTO t1 VALUES\n(10,0,'z'),(11,3,'j'),(12,8,'f'),(13,8,'p'),(14,6,'w'),(15,0,'c'),(16,1,'j'),\n(17,1,'f'),(18,5,'v'),(19,3,'f'),(20,2,'q'),(21,8,'y'),(22,0,'a'),(23,9,'w'),\n(24,3,'e'),(25,1,'b'),(26,9,'r'),(27,2,'k'),(28,5,'c'),(29,3,'k'),(30,9,'b'),\n(31,8,'j'),(32,1,'t'),(33,8,'n'),(34,3,'z'),(35,0,'u'),(36,3,'a'),(37,3,'g'),\n(38,1,'f'),(39,6,'p'),(40,6,'m'),(41,6,'t'),(42,7,'i'),(43,4,'h'),(44,3,'d'),\n(45,2,'b'),(46,1,'o'),(47,2,'j'),(48,6,'s'),(49,5,'q'),(50,6,'l'),(51,9,'j'),\n(52,6,'y'),(53,0,'i'),(54,7,'x'),(55,2,'u'),(56,6,'t'),(57,4,'b'),(58,5,'m'),\n(59,4,'x'),(60,8,'x'),(61,6,'v'),(62,8,'m'),(63,4,'j'),(64,8,'z'),(65,2,'a'),\n(66,9,'i'),(67,4,'g'),(68,8,'h'),(69,1,'p'),(70,8,'a'),(71,0,'x'),(72,2,'s'),\n(73,6,'k'),(74,0,'m'),(75,6,'e'),(76,9,'y'),(77,7,'d'),(78,7,'w'),(79,6,'y'),\n(80,9,'s'),(81,9,'x'),(82,6,'l'),(83,9,'f'),(84,8,'x'),(85,1,'p'),(86,7,'y'),\n(87,6,'p'),(88,1,'g'),(89,3,'c'),(90,5,'h'),(91,3,'p'),(92,2,'b'),(93,1,NULL),\n(94,3,NULL),(95,2,'y'),(96,7,'s'),(97,7,'x'),(98,6,'i'),(99,9,'t'),(100,5,'j'),\n(101,0,'u'),(102,7,'r'),(103,2,'x'),(104,8,'e'),(105,8,'i'),(106,5,'q'),\n(107,8,'z'),(108,3,'k'),(109,65,NULL)
explain\nselect * from t1\nwhere el_index like '10%' and (el_index_60 like '10%' or el_index_60 like '20%')
SELECT * FROM t1 WHERE a > 0 AND b=0
create table flag2 (\n  pk int primary key auto_increment,\n  fl2 tinyint\n) engine=myisam
insert into flag2(fl2) select seq mod 10 from seq_1_to_10000 order by rand(19)
create table t1 (\n  pk int not null primary key, f1 varchar(10), f2 varchar(30), a int(10),\n  key (f1), key (f2)\n) engine=innodb stats_persistent=0
SET debug_dbug = @saved_dbug
DROP TABLE two
CREATE TABLE t1 (ch varchar(1), id int, id2 int) ENGINE=InnoDB
INSERT INTO t2 VALUES\n(1,'2034-04-21','g',9), (2,'2006-09-08','y',1), (3,NULL,'h',2),\n(4,'1987-03-02','s',2), (5,'2019-07-02','u',NULL),(6,'2012-12-18','z',1),\n(7,NULL,'w',4), (8,'2005-03-10','o',8), (9,'1987-02-12','d',4)
set @stats.save= @@innodb_stats_persistent
CREATE TABLE acei (\n  id bigint(20) NOT NULL,\n  aclid bigint(20) NOT NULL DEFAULT 0,\n  atp smallint(6) NOT NULL DEFAULT 0,\n  clus smallint(6) NOT NULL DEFAULT 0,\n  PRIMARY KEY (id),\n  KEY acei_aclid (aclid),\n  KEY acei_clus (clus)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8
INSERT INTO t0 SELECT seq FROM seq_1_to_20
CREATE TABLE t1 (\n    p int PRIMARY KEY AUTO_INCREMENT,\n    a int,\n    b int as (a * 2) VIRTUAL,\n    f char(200), /* Filler */\n    key (b),\n    key (a)\n) engine=innodb
insert into t1 (a,b,f1) values ( 110, 100, 12345)
INSERT INTO t1 VALUES (NULL,0,NULL,'q',NULL,NULL)
INSERT INTO t1 VALUES (32767,0,NULL,'Iowa',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'Arkansas',NULL,116)
INSERT INTO t1 VALUES (NULL,0,NULL,'release',NULL,-624)
INSERT INTO t1 VALUES (NULL,0,NULL,'q',NULL,235)
INSERT INTO t1 VALUES (1,0,NULL,'Tennessee',NULL,8)
INSERT INTO t1 VALUES (NULL,0,NULL,'c',NULL,264)
INSERT INTO t1 VALUES (80,0,NULL,'p',NULL,NULL)
INSERT INTO t1 VALUES (4,0,NULL,'o',NULL,282)
INSERT INTO t1 VALUES (7,0,NULL,'Rhode Island',NULL,250)
INSERT INTO t1 VALUES (0,0,NULL,'b',NULL,0)
INSERT INTO t1 VALUES (NULL,0,NULL,'i',NULL,-56)
INSERT INTO t1 VALUES (4,0,NULL,'i',NULL,1)
INSERT INTO t1 VALUES (3,0,NULL,'l',NULL,0)
INSERT INTO t1 VALUES (42,0,NULL,'tz',NULL,NULL)
INSERT INTO t1 VALUES (6,0,NULL,'master',NULL,-312)
INSERT INTO t1 VALUES (NULL,0,NULL,'Michigan',NULL,42)
INSERT INTO t1 VALUES (-11693,0,NULL,'mt',NULL,NULL)
INSERT INTO t1 VALUES (9,0,NULL,'Tennessee',NULL,948)
INSERT INTO t1 VALUES (6,0,NULL,'aevevozlwbltcvzjptgbxw',NULL,0)
INSERT INTO t1 VALUES (1,0,NULL,'vo',NULL,73)
INSERT INTO t1 VALUES (NULL,0,NULL,'r',NULL,NULL)
INSERT INTO t1 VALUES (26919,0,NULL,'i',NULL,550)
INSERT INTO t1 VALUES (5,0,NULL,'w',NULL,-904)
INSERT INTO t1 VALUES (NULL,0,NULL,'x',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'v',NULL,74)
INSERT INTO t1 VALUES (231,0,NULL,'ecfsb',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'New Jersey',NULL,146)
INSERT INTO t1 VALUES (32767,0,NULL,'odlwznvezd',NULL,295)
INSERT INTO t1 VALUES (0,0,NULL,'gh',NULL,0)
INSERT INTO t1 VALUES (1460,0,NULL,'Connecticut',NULL,780)
INSERT INTO t1 VALUES (0,0,NULL,'wbypkykzkbnayqfeuzxlyts',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'Arizona',NULL,0)
INSERT INTO t1 VALUES (174,0,NULL,'yk',NULL,194)
INSERT INTO t1 VALUES (NULL,0,NULL,'l',NULL,0)
INSERT INTO t1 VALUES (NULL,0,NULL,'eu',NULL,4)
INSERT INTO t1 VALUES (NULL,0,NULL,'closest',NULL,928)
INSERT INTO t1 VALUES (8238,0,NULL,'n',NULL,2)
INSERT INTO t1 VALUES (46,0,NULL,'suspicion',NULL,0)
INSERT INTO t1 VALUES (32,0,NULL,'Maine',NULL,-224)
INSERT INTO t1 VALUES (NULL,0,NULL,'m',NULL,5)
INSERT INTO t1 VALUES (4,0,NULL,'f',NULL,0)
INSERT INTO t1 VALUES (32767,0,NULL,'qr',NULL,0)
INSERT INTO t1 VALUES (-31188,0,NULL,'e',NULL,408)
INSERT INTO t1 VALUES (0,0,NULL,'a',NULL,9)
INSERT INTO t1 VALUES (-12797,0,NULL,'ry',NULL,7)
INSERT INTO t1 VALUES (6,0,NULL,'x',NULL,228)
INSERT INTO t1 VALUES (0,0,NULL,'w',NULL,4)
INSERT INTO t1 VALUES (127,0,NULL,'Maryland',NULL,NULL)
INSERT INTO t1 VALUES (247,0,NULL,'ca',NULL,0)
INSERT INTO t1 VALUES (NULL,0,NULL,'kvm',NULL,7)
INSERT INTO t1 VALUES (0,0,NULL,'mdqbjxjh',NULL,680)
INSERT INTO t1 VALUES (185,0,NULL,'j',NULL,320)
INSERT INTO t1 VALUES (172,0,NULL,'e',NULL,0)
INSERT INTO t1 VALUES (7642,0,NULL,'feeling',NULL,NULL)
INSERT INTO t1 VALUES (0,0,NULL,'e',NULL,115)
INSERT INTO t1 VALUES (3,0,NULL,'Maryland',NULL,97)
INSERT INTO t1 VALUES (NULL,0,NULL,'kill',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'qf',NULL,623)
INSERT INTO t1 VALUES (NULL,0,NULL,'greek',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'kglhiuodplizizzobpcq',NULL,6)
INSERT INTO t1 VALUES (-25560,0,NULL,'z',NULL,656)
INSERT INTO t1 VALUES (NULL,0,NULL,'settlement',NULL,4)
INSERT INTO t1 VALUES (1,0,NULL,'technology',NULL,6)
INSERT INTO t1 VALUES (NULL,0,NULL,'y',NULL,58)
INSERT INTO t1 VALUES (45,0,NULL,'Virginia',NULL,3)
INSERT INTO t1 VALUES (205,0,NULL,'Idaho',NULL,NULL)
INSERT INTO t1 VALUES (30942,0,NULL,'Indiana',NULL,832)
INSERT INTO t1 VALUES (32767,0,NULL,'clerk',NULL,39)
INSERT INTO t1 VALUES (0,0,NULL,'yqspnupv',NULL,0)
INSERT INTO t1 VALUES (32126,0,NULL,'sensation',NULL,226)
INSERT INTO t1 VALUES (4,0,NULL,'muqjao',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'w',NULL,622)
INSERT INTO t1 VALUES (NULL,0,NULL,'New York',NULL,-56)
INSERT INTO t1 VALUES (4105,0,NULL,'New Hampshire',NULL,247)
INSERT INTO t1 VALUES (26275,0,NULL,'b',NULL,7)
INSERT INTO t1 VALUES (4,0,NULL,'Oregon',NULL,556)
INSERT INTO t1 VALUES (-12170,0,NULL,'Missouri',NULL,292)
INSERT INTO t1 VALUES (NULL,0,NULL,'bjrcijlkzoyhy',NULL,251)
INSERT INTO t1 VALUES (69,0,NULL,'g',NULL,-456)
INSERT INTO t1 VALUES (30059,0,NULL,'n',NULL,NULL)
INSERT INTO t1 VALUES (0,0,NULL,'u',NULL,0)
INSERT INTO t1 VALUES (174,0,NULL,'r',NULL,9)
INSERT INTO t1 VALUES (NULL,0,NULL,'w',NULL,183)
INSERT INTO t1 VALUES (12724,0,NULL,'South Dakota',NULL,222)
INSERT INTO t1 VALUES (NULL,0,NULL,'outlet',NULL,790)
INSERT INTO t1 VALUES (0,0,NULL,'slight',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'a',NULL,1)
INSERT INTO t1 VALUES (-27782,0,NULL,'r',NULL,187)
INSERT INTO t1 VALUES (0,0,NULL,'movfyh',NULL,-784)
INSERT INTO t1 VALUES (-21715,0,NULL,'ljfxl',NULL,NULL)
INSERT INTO t1 VALUES (0,0,NULL,'fxlxhdnief',NULL,NULL)
INSERT INTO t1 VALUES (0,0,NULL,'Mississippi',NULL,624)
INSERT INTO t1 VALUES (32767,0,NULL,'k',NULL,0)
INSERT INTO t1 VALUES (32767,0,NULL,'ztabdvhywbflylhukxqufevtdhnfzpccsuyvzargiogjfsnofsruoqac',NULL,53)
INSERT INTO t1 VALUES (-18287,0,NULL,'abdvhywbflylhukxqu',NULL,878)
INSERT INTO t1 VALUES (6,0,NULL,'dv',NULL,204)
INSERT INTO t1 VALUES (20335,0,NULL,'f',NULL,NULL)
INSERT INTO t1 VALUES (27881,0,NULL,'vt',NULL,2)
INSERT INTO t1 VALUES (7,0,NULL,'za',NULL,4)
INSERT INTO t1 VALUES (10180,0,NULL,'a',NULL,322)
INSERT INTO t1 VALUES (13866,0,NULL,'gp',NULL,277)
INSERT INTO t1 VALUES (81,0,NULL,'bhcxfvuaaupgnpusgzncw',NULL,146)
INSERT INTO t1 VALUES (11703,0,NULL,'u',NULL,NULL)
INSERT INTO t1 VALUES (5,0,NULL,'remove',NULL,NULL)
INSERT INTO t1 VALUES (26142,0,NULL,'magnetic',NULL,-936)
INSERT INTO t1 VALUES (-14759,0,NULL,'n',NULL,NULL)
INSERT INTO t1 VALUES (25,0,NULL,'v',NULL,440)
INSERT INTO t1 VALUES (99,0,NULL,'j',NULL,-552)
INSERT INTO t1 VALUES (6,0,NULL,'correspondent',NULL,71)
INSERT INTO t1 VALUES (NULL,0,NULL,'New Hampshire',NULL,739)
INSERT INTO t1 VALUES (2,0,NULL,'rpwhdxkyahrnbjkssbbgjdtkk',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'xk',NULL,840)
INSERT INTO t1 VALUES (28936,0,NULL,'gehrocicikzsxdkdefzskjbcd',NULL,191)
INSERT INTO t1 VALUES (2,0,NULL,'rocicikzsxdkdefzskjbcdqkaawqmtxnpefrdshgmyujlfbpksdqbcozg',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'thought',NULL,6)
INSERT INTO t1 VALUES (9,0,NULL,'mt',NULL,464)
INSERT INTO t1 VALUES (32767,0,NULL,'Maine',NULL,0)
INSERT INTO t1 VALUES (NULL,0,NULL,'project',NULL,-880)
INSERT INTO t1 VALUES (NULL,0,NULL,'j',NULL,NULL)
INSERT INTO t1 VALUES (-17980,0,NULL,'dip',NULL,0)
INSERT INTO t1 VALUES (32767,0,NULL,'Virginia',NULL,222)
INSERT INTO t1 VALUES (32767,0,NULL,'xeuyjrdnutvbnfsjyeke',NULL,3)
INSERT INTO t1 VALUES (234,0,NULL,'g',NULL,99)
INSERT INTO t1 VALUES (32767,0,NULL,'n',NULL,66)
INSERT INTO t1 VALUES (NULL,0,NULL,'Minnesota',NULL,0)
INSERT INTO t1 VALUES (-3384,0,NULL,'uzohfqhhrnnxkuwsbefbdef',NULL,401)
INSERT INTO t1 VALUES (210,0,NULL,'conclusion',NULL,110)
INSERT INTO t1 VALUES (21561,0,NULL,'examine',NULL,699)
INSERT INTO t1 VALUES (10747,0,NULL,'be',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'New Mexico',NULL,3)
INSERT INTO t1 VALUES (3,0,NULL,'ydhsmudplhhmhanqhwqrvpvcwltaxycuccywdujpabzv',NULL,707)
INSERT INTO t1 VALUES (0,0,NULL,'s',NULL,800)
INSERT INTO t1 VALUES (7,0,NULL,'belly',NULL,176)
INSERT INTO t1 VALUES (NULL,0,NULL,'rppccpnychuzvzaxajyizsnovyzqq',NULL,688)
INSERT INTO t1 VALUES (-32548,0,NULL,'zs',NULL,-232)
INSERT INTO t1 VALUES (151,0,NULL,'Vermont',NULL,171)
INSERT INTO t1 VALUES (0,0,NULL,'Utah',NULL,2)
INSERT INTO t1 VALUES (12,0,NULL,'wake',NULL,-328)
INSERT INTO t1 VALUES (0,0,NULL,'r',NULL,NULL)
INSERT INTO t1 VALUES (0,0,NULL,'South Carolina',NULL,113)
INSERT INTO t1 VALUES (4,0,NULL,'ogbfwnjvymzpewbtuefqwbjzvynkwckorhjvecyethcprwnxpt',NULL,987)
INSERT INTO t1 VALUES (7,0,NULL,'appointment',NULL,5)
INSERT INTO t1 VALUES (0,0,NULL,'beard',NULL,NULL)
INSERT INTO t1 VALUES (23375,0,NULL,'s',NULL,NULL)
INSERT INTO t1 VALUES (32767,0,NULL,'Texas',NULL,184)
INSERT INTO t1 VALUES (77,0,NULL,'elmjjhwzgdgqxaeqgknlzzhc',NULL,227)
INSERT INTO t1 VALUES (0,0,NULL,'Rhode Island',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'s',NULL,104)
INSERT INTO t1 VALUES (-13903,0,NULL,'decade',NULL,-96)
INSERT INTO t1 VALUES (32767,0,NULL,'aagzutbl',NULL,395)
INSERT INTO t1 VALUES (86,0,NULL,'s',NULL,0)
INSERT INTO t1 VALUES (7366,0,NULL,'e',NULL,8)
INSERT INTO t1 VALUES (6631,0,NULL,'master',NULL,6)
INSERT INTO t1 VALUES (22650,0,NULL,'Ohio',NULL,152)
INSERT INTO t1 VALUES (21205,0,NULL,'burning',NULL,14)
INSERT INTO t1 VALUES (NULL,0,NULL,'ca',NULL,796)
INSERT INTO t1 VALUES (0,0,NULL,'w',NULL,-328)
INSERT INTO t1 VALUES (0,0,NULL,'South Dakota',NULL,253)
INSERT INTO t1 VALUES (29116,0,NULL,'ngcvwlwuvtuwmyxzulbiysrlgjzzendrgndm',NULL,0)
INSERT INTO t1 VALUES (64,0,NULL,'ysrlgjzzendrgndmbuqakniwwuvhdkzkpviuzhjcaeovskckoeqzaydcn',NULL,711)
INSERT INTO t1 VALUES (68,0,NULL,'standard',NULL,212)
INSERT INTO t1 VALUES (25059,0,NULL,'d',NULL,952)
INSERT INTO t1 VALUES (-17615,0,NULL,'d',NULL,19)
INSERT INTO t1 VALUES (113,0,NULL,'m',NULL,-616)
INSERT INTO t1 VALUES (1167,0,NULL,'Nevada',NULL,1)
INSERT INTO t1 VALUES (0,0,NULL,'q',NULL,161)
INSERT INTO t1 VALUES (32767,0,NULL,'ovowrlzdlkngp',NULL,1)
INSERT INTO t1 VALUES (-11422,0,NULL,'zdlkngplow',NULL,9)
INSERT INTO t1 VALUES (NULL,0,NULL,'true',NULL,1)
INSERT INTO t1 VALUES (0,0,NULL,'d',NULL,274)
INSERT INTO t1 VALUES (-30937,0,NULL,'n',NULL,202)
INSERT INTO t1 VALUES (32767,0,NULL,'w',NULL,147)
INSERT INTO t1 VALUES (189,0,NULL,'w',NULL,850)
INSERT INTO t1 VALUES (7,0,NULL,'b',NULL,103)
INSERT INTO t1 VALUES (2218,0,NULL,'d',NULL,0)
INSERT INTO t1 VALUES (-18822,0,NULL,'Hawaii',NULL,NULL)
INSERT INTO t1 VALUES (2,0,NULL,'approval',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'v',NULL,117)
INSERT INTO t1 VALUES (-2811,0,NULL,'Michigan',NULL,35)
INSERT INTO t1 VALUES (119,0,NULL,'t',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'Delaware',NULL,0)
INSERT INTO t1 VALUES (0,0,NULL,'q',NULL,330)
INSERT INTO t1 VALUES (NULL,0,NULL,'loyal',NULL,4)
INSERT INTO t1 VALUES (7,0,NULL,'n',NULL,928)
INSERT INTO t1 VALUES (5,0,NULL,'b',NULL,49)
INSERT INTO t1 VALUES (249,0,NULL,'Arkansas',NULL,114)
INSERT INTO t1 VALUES (0,0,NULL,'xntnwvkmnpmazmeyarrywowwntwue',NULL,23)
INSERT INTO t1 VALUES (28399,0,NULL,'tnwvkmnpmazmeyarr',NULL,914)
INSERT INTO t1 VALUES (3,0,NULL,'pickup',NULL,8)
INSERT INTO t1 VALUES (0,0,NULL,'honest',NULL,34)
INSERT INTO t1 VALUES (16895,0,NULL,'so',NULL,888)
INSERT INTO t1 VALUES (2,0,NULL,'djsuvvuntfauimqchxjgbzfiambcxhvmtltykjwu',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'Florida',NULL,NULL)
INSERT INTO t1 VALUES (0,0,NULL,'jgbzfiambcxhvmtl',NULL,-728)
INSERT INTO t1 VALUES (6,0,NULL,'fq',NULL,800)
INSERT INTO t1 VALUES (32767,0,NULL,'cnbtzpxonitswxmkoaagmmpxhyefkvhynitxebnkujdffizkgzsobnkapdhsgi',NULL,NULL)
INSERT INTO t1 VALUES (27288,0,NULL,'btzpxonitswxmkoaagmmpxhyefkvhynitxebnkujdffizkgzsobnkapd',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'m',NULL,132)
INSERT INTO t1 VALUES (0,0,NULL,'gmmpxhyefkvhynitxebnkujdffizkgzsobnkapdhsgiyimagnigl',NULL,-544)
INSERT INTO t1 VALUES (30,0,NULL,'e',NULL,325)
INSERT INTO t1 VALUES (227,0,NULL,'Utah',NULL,0)
INSERT INTO t1 VALUES (NULL,0,NULL,'hard',NULL,3)
INSERT INTO t1 VALUES (NULL,0,NULL,'kgzsobnkapdhsgiyimagniglnsaocuagnvqciwxiiquuzmfzfffty',NULL,-200)
INSERT INTO t1 VALUES (3,0,NULL,'w',NULL,63)
INSERT INTO t1 VALUES (4,0,NULL,'s',NULL,26)
INSERT INTO t1 VALUES (77,0,NULL,'abandon',NULL,-848)
INSERT INTO t1 VALUES (0,0,NULL,'Maryland',NULL,136)
INSERT INTO t1 VALUES (32767,0,NULL,'anxiety',NULL,580)
INSERT INTO t1 VALUES (32767,0,NULL,'West Virginia',NULL,0)
INSERT INTO t1 VALUES (31825,0,NULL,'Illinois',NULL,NULL)
INSERT INTO t1 VALUES (156,0,NULL,'my',NULL,361)
INSERT INTO t1 VALUES (3,0,NULL,'roman',NULL,821)
INSERT INTO t1 VALUES (32767,0,NULL,'introduce',NULL,8)
INSERT INTO t1 VALUES (5,0,NULL,'Kentucky',NULL,259)
INSERT INTO t1 VALUES (-757,0,NULL,'p',NULL,192)
INSERT INTO t1 VALUES (9,0,NULL,'gqaouxnruacblpwurbzdlpncouonesdoepwza',NULL,498)
INSERT INTO t1 VALUES (145,0,NULL,'uacblpwurbzdlpncouonesdoepwzafzqjbxvwoe',NULL,0)
INSERT INTO t1 VALUES (31,0,NULL,'s',NULL,8)
INSERT INTO t1 VALUES (5,0,NULL,'g',NULL,7)
INSERT INTO t1 VALUES (32767,0,NULL,'t',NULL,-336)
INSERT INTO t1 VALUES (209,0,NULL,'ju',NULL,4)
INSERT INTO t1 VALUES (2077,0,NULL,'West Virginia',NULL,NULL)
INSERT INTO t1 VALUES (32767,0,NULL,'resist',NULL,80)
INSERT INTO t1 VALUES (32767,0,NULL,'nuclear',NULL,664)
INSERT INTO t1 VALUES (11214,0,NULL,'z',NULL,0)
INSERT INTO t1 VALUES (-26918,0,NULL,'date',NULL,343)
INSERT INTO t1 VALUES (16211,0,NULL,'hknxplpjbfdlgldb',NULL,NULL)
INSERT INTO t1 VALUES (0,0,NULL,'pl',NULL,59)
INSERT INTO t1 VALUES (-7506,0,NULL,'Washington',NULL,512)
INSERT INTO t1 VALUES (6,0,NULL,'tolerate',NULL,144)
INSERT INTO t1 VALUES (7,0,NULL,'Indiana',NULL,0)
INSERT INTO t1 VALUES (-15594,0,NULL,'zmmvrllxwkmcyemoriwjoyrkbhssj',NULL,728)
INSERT INTO t1 VALUES (NULL,0,NULL,'Virginia',NULL,23)
INSERT INTO t1 VALUES (7375,0,NULL,'New York',NULL,124)
INSERT INTO t1 VALUES (NULL,0,NULL,'z',NULL,45)
INSERT INTO t1 VALUES (NULL,0,NULL,'s',NULL,8)
INSERT INTO t1 VALUES (240,0,NULL,'tension',NULL,1)
INSERT INTO t1 VALUES (18629,0,NULL,'bl',NULL,0)
INSERT INTO t1 VALUES (-17586,0,NULL,'f',NULL,347)
INSERT INTO t1 VALUES (2,0,NULL,'jqznxsfkd',NULL,0)
INSERT INTO t1 VALUES (22507,0,NULL,'j',NULL,NULL)
INSERT INTO t1 VALUES (NULL,0,NULL,'container',NULL,0)
INSERT INTO t1 VALUES (32767,0,NULL,'hvqntgezzqyfncjcdcedujseoodxdgibhgrvxgviemz',NULL,85)
INSERT INTO t1 VALUES (0,0,NULL,'Oregon',NULL,584)
INSERT INTO t1 VALUES (32767,0,NULL,'tg',NULL,128)
INSERT INTO t1 VALUES (30016,0,NULL,'d',NULL,0)
INSERT INTO t1 VALUES (21837,0,NULL,'cd',NULL,6)
INSERT INTO t1 VALUES (-21070,0,NULL,'cemetery',NULL,NULL)
INSERT INTO t1 VALUES (9937,0,NULL,'m',NULL,321)
INSERT INTO t1 VALUES (-30122,0,NULL,'rh',NULL,261)
INSERT INTO t1 VALUES (0,0,NULL,'n',NULL,146)
INSERT INTO t1 VALUES (228,0,NULL,'r',NULL,54)
INSERT INTO t1 VALUES (0,0,NULL,'w',NULL,-912)
INSERT INTO t1 VALUES (27423,0,NULL,'ok',NULL,8)
INSERT INTO t1 VALUES (NULL,0,NULL,'re',NULL,NULL)
INSERT INTO t1 VALUES (29082,0,NULL,'d',NULL,2)
INSERT INTO t1 VALUES (4801,0,NULL,'wixljp',NULL,266)
INSERT INTO t1 VALUES (160,0,NULL,'w',NULL,0)
INSERT INTO t1 VALUES (20,0,NULL,'d',NULL,NULL)
select t1.a,rownum(),t3.a,t3.t2_rownum from t1, (select t2.a,rownum() as t2_rownum from t2 where rownum() <=2) t3
select t1.a, (select t2.b from t2 where t1.a=t2.a and rownum() <= 1) 'b' from t1
explain select * from t1 where rownum() <= 2 order by a desc
select * from t1,t2 where t1.a=t2.a and rownum()<=2 order by t1.a,t2.a
select t1.a, sum(t1.b), rownum() as 'r' from t1 group by t1.a having r <= 2
select t1.a, sum(t1.b), rownum() from t1 group by t1.a
select max(rownum()),min(rownum()) from t1
SELECT sq.a,length(sq.f) FROM (SELECT a, GROUP_CONCAT(b,b) AS f FROM t3 GROUP BY a ORDER BY a desc) as sq WHERE ROWNUM() <= 10
update t1 set b=rownum()+1
update t1 set a = rownum()
insert into t1 values (1,1),(2,0),(3,0)
update t2 set s1=""
load data infile '../../std_data/loaddata7.dat' into table t1 fields terminated by ',' lines terminated by "\\r\\n" (a,b) set c=rownum()
select * from t1 where rownum() <= 4 and rownum() <= 3
select * from t1 where a > 30 && 1 = rownum()
select * from t1 where rownum() <= 0
select * from t1 where rownum() < 4 limit 10
delete from t1 where rownum < 3
update t1 set a=a+10
CREATE VIEW v AS SELECT f, 3 as e FROM t
CREATE VIEW v AS SELECT f, ROWNUM() as e FROM t
select * from t1 where a in (select rownum() from t1)
CHANGE MASTER TO master_host='127.0.0.1'
create schema foo
INSERT INTO schema1.t1 VALUES (1)
ALTER SCHEMA schema1 DEFAULT CHARACTER SET utf8
CREATE SCHEMA IF NOT EXISTS schema1
set statement optimizer_adjust_secondary_key_costs=2 for\nexplain select * from t1  where nm like '500%' AND fl2 = 0
set global innodb_stats_persistent_sample_pages=@save_ispsp
insert into t1 select seq from seq_1_to_10000
explain\nselect *\nfrom\n  t1 as t1_base,\n  (select a from t1 limit 10000) as TBL
INSERT INTO t1 values ('a')
SET optimizer_switch=ifnull(@optimizer_switch_for_select_test,'outer_join_with_cache=off')
set join_cache_level=@join_cache_level_for_select_test
CREATE TABLE t1 (\n  Period smallint(4) unsigned zerofill DEFAULT '0000' NOT NULL,\n  Varor_period smallint(4) unsigned DEFAULT '0' NOT NULL\n)
select period from t1
INSERT INTO t2 VALUES (9,012001,37,'flanking','neat','measures','FAS')
INSERT INTO t2 VALUES (12,012005,37,'scatterbrain','tinily','impulsive','')
INSERT INTO t2 VALUES (13,012301,37,'Eulerian','balled','starlet','')
INSERT INTO t2 VALUES (28,012704,37,'misunderstander','decliner','pests','W')
INSERT INTO t2 VALUES (30,013602,37,'foldout','stated','dopers','FAS')
INSERT INTO t2 VALUES (39,013801,37,'intelligibility','testicle','erases','W')
INSERT INTO t2 VALUES (44,016001,37,'audiology','contrasted','dogging','FAS')
INSERT INTO t2 VALUES (48,016302,37,'quitter','Punjab','cupboard','FAS')
INSERT INTO t2 VALUES (55,018005,37,'attainments','bills','Adolph','')
INSERT INTO t2 VALUES (63,018015,37,'untying','Adolph','flopping','W')
INSERT INTO t2 VALUES (69,018021,37,'lawgiver','skulking','multilayer','W')
INSERT INTO t2 VALUES (72,018024,37,'attrition','relaxing','vacuuming','W')
INSERT INTO t2 VALUES (93,018046,37,'scornfully','repetitions','chafe','W')
INSERT INTO t2 VALUES (98,018052,37,'puddings','Graves','abrogating','')
INSERT INTO t2 VALUES (108,018101,37,'tragedies','Conley','Dutchman','FAS')
INSERT INTO t2 VALUES (113,018202,37,'offload','hushes','Beebe','')
INSERT INTO t2 VALUES (118,018406,37,'standardizes','groupings','rusting','')
INSERT INTO t2 VALUES (123,018801,37,'inch','Connally','analyzable','FAS')
INSERT INTO t2 VALUES (126,018804,37,'luckily','rusting','firearm','W')
INSERT INTO t2 VALUES (129,018807,37,'bloodbath','traitor','disable','')
INSERT INTO t2 VALUES (138,019201,37,'Graves','witchcraft','Gandhian','W')
INSERT INTO t2 VALUES (143,031901,37,'realtor','swelling','scarf','FAS')
INSERT INTO t2 VALUES (148,038001,37,'Conley','bee','imperial','A')
INSERT INTO t2 VALUES (154,038007,37,'Simla','syndicate','chewing','')
INSERT INTO t2 VALUES (165,038018,37,'checkpoints','chronicle','announced','')
INSERT INTO t2 VALUES (166,038101,37,'rusting','Kline','praised','FAS')
INSERT INTO t2 VALUES (168,038103,37,'obliterates','partridges','linear','')
INSERT INTO t2 VALUES (187,048008,37,'peacock','Fenton','squeezes','')
INSERT INTO t2 VALUES (191,048202,37,'scarf','husky','boorish','')
INSERT INTO t2 VALUES (193,048204,37,'insolence','undoes','encompass','A')
INSERT INTO t2 VALUES (195,048301,37,'alike','squeezes','Alison','A')
INSERT INTO t2 VALUES (199,048305,37,'validate','boorish','creek','A')
INSERT INTO t2 VALUES (209,048410,37,'brunch','Majorca','burlesque','')
INSERT INTO t2 VALUES (219,051201,37,'relishing','extracted','nonbiodegradable','')
INSERT INTO t2 VALUES (227,058004,37,'Fenton','nonbiodegradable','bike','A')
INSERT INTO t2 VALUES (229,058006,37,'drains','monochromatic','detained','')
INSERT INTO t2 VALUES (233,058103,37,'undoes','Remus','anesthetizing','')
INSERT INTO t2 VALUES (237,058113,37,'rudeness','detained','coarse','')
INSERT INTO t2 VALUES (247,058123,37,'creek','grayness','passport','A')
INSERT INTO t2 VALUES (274,068010,36,'devices','Anna','technically','')
INSERT INTO t2 VALUES (278,068303,36,'commended','Harpy','uninterruptedly','')
INSERT INTO t2 VALUES (280,068501,36,'Elmhurst','suffocate','automate','')
INSERT INTO t2 VALUES (285,068701,36,'coarse','tinnily','millivolt','FAS')
INSERT INTO t2 VALUES (291,076102,36,'eastbound','Choctaw','contributorily','')
INSERT INTO t2 VALUES (292,076103,36,'inexperienced','cooks','receivers','FAS')
INSERT INTO t2 VALUES (305,078003,36,'skips','ostrich','Phelps','FAS')
INSERT INTO t2 VALUES (307,078005,36,'troop','Eurydice','sentences','')
INSERT INTO t2 VALUES (309,078007,36,'denies','presumes','engrossing','W')
INSERT INTO t2 VALUES (315,082101,36,'subdirectories','sentences','merging','')
INSERT INTO t2 VALUES (322,088001,36,'technically','Huey','dilutes','W')
INSERT INTO t2 VALUES (323,088002,36,'Franklinizations','merging','numerals','FAS')
INSERT INTO t2 VALUES (328,088103,36,'automate','honeybee','accruing','')
INSERT INTO t2 VALUES (337,088305,37,'metaphysically','relics','university','')
INSERT INTO t2 VALUES (339,088501,36,'contributorily','Fischbein','ballgown','')
INSERT INTO t2 VALUES (340,088502,36,'receivers','phony','starlet','')
INSERT INTO t2 VALUES (349,098008,58,'presumes','aqueous','spiders','')
INSERT INTO t2 VALUES (350,098009,58,'imaginable','portrayal','artificially','')
INSERT INTO t2 VALUES (352,098011,58,'peering','distort','Mexican','')
INSERT INTO t2 VALUES (353,098012,58,'Phelps','palmed','obnoxious','')
INSERT INTO t2 VALUES (354,098013,58,'ferociousness','faced','fragile','')
INSERT INTO t2 VALUES (356,098015,58,'unlocks','assessor','births','')
INSERT INTO t2 VALUES (357,098016,58,'engrossing','spiders','garages','')
INSERT INTO t2 VALUES (369,108002,36,'towers','drovers','occupancies','')
INSERT INTO t2 VALUES (372,108005,36,'democracy','shrieks','demand','W')
INSERT INTO t2 VALUES (387,108109,36,'ballgown','accuracies','chronography','')
INSERT INTO t2 VALUES (423,118304,36,'chillier','gainers','pastimes','W')
INSERT INTO t2 VALUES (432,126003,36,'mirror','Edenization','forgivably','FAS')
INSERT INTO t2 VALUES (434,126301,36,'clobbering','assassinated','den','FAS')
INSERT INTO t2 VALUES (436,126402,36,'Eskimoizeds','glacial','mouthful','A')
INSERT INTO t2 VALUES (437,126601,36,'British','implied','expiring','')
INSERT INTO t2 VALUES (446,128008,36,'physicists','unfulfilled','rubies','A')
INSERT INTO t2 VALUES (457,128019,36,'patriots','tabernacle','relegated','')
INSERT INTO t2 VALUES (459,128021,36,'towering','handsomest','Bruxelles','')
INSERT INTO t2 VALUES (477,128401,36,'implied','fourscore','cemented','FAS')
INSERT INTO t2 VALUES (484,128604,36,'mouthful','Strauss','Moll','')
INSERT INTO t2 VALUES (498,138103,36,'silk','cultivation','aspire','A')
INSERT INTO t2 VALUES (504,138304,36,'suspend','Katherine','Colombo','')
INSERT INTO t2 VALUES (509,140105,29,'televise','estimating','slaughtered','')
INSERT INTO t2 VALUES (529,148007,29,'tits','unnerves','camping','A')
INSERT INTO t2 VALUES (533,148012,29,'ropers','signaled','Angeles','A')
INSERT INTO t2 VALUES (546,148201,29,'aspire','lockout','cartographer','A')
INSERT INTO t2 VALUES (547,148401,29,'Mardis','grammatic','aims','FAS')
INSERT INTO t2 VALUES (553,148601,29,'survey','transferals','megabytes','FAS')
INSERT INTO t2 VALUES (564,156102,29,'Tannenbaum','commits','salvaging','')
INSERT INTO t2 VALUES (565,156301,29,'moribund','meson','Corinthianizes','A')
INSERT INTO t2 VALUES (574,158101,29,'Italianizes','restlessly','fleeing','A')
INSERT INTO t2 VALUES (577,158201,29,'camping','mishaps','provers','A')
INSERT INTO t2 VALUES (582,158302,29,'semblance','fleeing','simultaneous','A')
INSERT INTO t2 VALUES (583,158303,29,'taxed','Armour','accumulating','A')
INSERT INTO t2 VALUES (584,158304,29,'Beatrice','chin','Medusan','A')
INSERT INTO t2 VALUES (586,158306,29,'lockout','aeronautic','freakish','')
INSERT INTO t2 VALUES (601,168503,29,'megabytes','denotative','navies','')
INSERT INTO t2 VALUES (604,173701,40,'commits','gentleman','Joplin','FAS')
INSERT INTO t2 VALUES (614,178001,40,'restlessly','subdivision','Norwalk','W')
INSERT INTO t2 VALUES (616,178003,40,'generalized','belted','analogy','FAS')
INSERT INTO t2 VALUES (631,178403,40,'accumulating','icon','mumbles','')
INSERT INTO t2 VALUES (635,186102,37,'index','priceless','registration','A')
INSERT INTO t2 VALUES (645,188012,37,'gifted','positioning','unplug','W')
INSERT INTO t2 VALUES (654,188301,40,'subdivision','garage','amenities','')
INSERT INTO t2 VALUES (661,188505,37,'fitting','buckboards','participated','')
INSERT INTO t2 VALUES (670,196101,37,'sating','Simon','rightful','A')
INSERT INTO t2 VALUES (672,196104,37,'throttles','Fitzpatrick','Lizzy','A')
INSERT INTO t2 VALUES (673,196201,37,'communicants','Evanston','clenched','A')
INSERT INTO t2 VALUES (675,196203,37,'priceless','textures','accessed','')
INSERT INTO t2 VALUES (685,198011,37,'positioning','Hornblower','overestimating','FAS')
INSERT INTO t2 VALUES (687,198013,37,'eternal','indulgences','humiliation','A')
INSERT INTO t2 VALUES (688,198014,37,'hoarder','infallibly','sophomore','')
INSERT INTO t2 VALUES (698,198101,37,'Teresa','rifles','ceiling','A')
INSERT INTO t2 VALUES (703,198204,37,'resplendent','languages','serpents','A')
INSERT INTO t2 VALUES (704,198301,53,'priding','Antarctica','allot','A')
INSERT INTO t2 VALUES (705,198302,53,'configurations','percentage','realized','A')
INSERT INTO t2 VALUES (728,203101,37,'infallibly','expelled','environing','FAS')
INSERT INTO t2 VALUES (731,203105,37,'spools','deductions','heiress','FAS')
INSERT INTO t2 VALUES (737,203903,37,'star','cute','bestseller','')
INSERT INTO t2 VALUES (745,206203,37,'percentage','bestseller','mechanizing','FAS')
INSERT INTO t2 VALUES (749,208001,37,'ciphers','pressure','embassies','')
INSERT INTO t2 VALUES (759,208103,37,'decomposition','shapelessly','stodgy','FAS')
INSERT INTO t2 VALUES (781,210102,37,'avenge','Sault','theorizers','')
INSERT INTO t2 VALUES (784,210105,37,'ravines','tidiness','terminal','')
INSERT INTO t2 VALUES (794,216101,37,'Latinizes','hypothesizer','imperiously','FAS')
INSERT INTO t2 VALUES (799,218004,37,'shapelessly','saplings','excises','FAS')
INSERT INTO t2 VALUES (805,218010,37,'teem','precipitable','mournfulness','')
INSERT INTO t2 VALUES (807,218020,37,'stodgy','excises','slaughter','A')
INSERT INTO t2 VALUES (815,218201,37,'Saxony','slaughter','rules','FAS')
INSERT INTO t2 VALUES (816,218202,37,'serializations','Sabine','juveniles','FAS')
INSERT INTO t2 VALUES (827,218408,37,'Tipperary','stabilizes','afore','FAS')
INSERT INTO t2 VALUES (828,218409,37,'tropics','seminaries','Galatean','')
INSERT INTO t2 VALUES (846,226211,37,'discounts','sawtooth','disconnects','')
INSERT INTO t2 VALUES (848,228004,37,'Stalin','gradually','exponentials','A')
INSERT INTO t2 VALUES (859,228112,37,'organizer','Crosby','bloater','A')
INSERT INTO t2 VALUES (869,228122,37,'Hunter','marginal','navigate','')
INSERT INTO t2 VALUES (889,228313,37,'widens','impending','Chippewa','')
INSERT INTO t2 VALUES (890,228314,37,'preclude','meditation','clamored','')
INSERT INTO t2 VALUES (891,228401,65,'Jobrel','ideas','freezes','')
INSERT INTO t2 VALUES (911,230507,37,'measures','raining','repressions','A')
INSERT INTO t2 VALUES (912,230508,37,'precaution','infest','chillingly','')
INSERT INTO t2 VALUES (915,230902,37,'coverings','ducks','spongers','')
INSERT INTO t2 VALUES (930,231306,37,'meditation','Pandora','abiding','A')
INSERT INTO t2 VALUES (933,231309,37,'lewdly','secures','scholastics','A')
INSERT INTO t2 VALUES (939,231315,37,'freezes','omnisciently','jarred','')
INSERT INTO t2 VALUES (941,232103,37,'reduce','scholastics','infatuate','')
INSERT INTO t2 VALUES (943,232105,37,'Nazis','humidly','joyfully','')
INSERT INTO t2 VALUES (949,232603,37,'chews','infatuate','apish','A')
INSERT INTO t2 VALUES (950,232605,37,'appendixes','willed','Adlerian','')
INSERT INTO t2 VALUES (5950,1232605,37,'appendixes','willed','Adlerian','')
INSERT INTO t2 VALUES (5953,1232608,37,'appendixes','willed','Adlerian','')
INSERT INTO t2 VALUES (953,232608,37,'compartment','fibrosities','distracting','')
INSERT INTO t2 VALUES (954,232609,37,'minting','Baltimorean','mutton','')
INSERT INTO t2 VALUES (972,238012,37,'ungrateful','ores','bibliography','')
INSERT INTO t2 VALUES (980,242102,41,'Britannic','bibliography','heaving','')
INSERT INTO t2 VALUES (981,242201,41,'scholastics','decoding','population','A')
INSERT INTO t2 VALUES (1011,248020,41,'philosophic','Ernestine','chess','')
INSERT INTO t2 VALUES (1018,248204,41,'Pinsky','creator','regimented','A')
INSERT INTO t2 VALUES (1033,250603,34,'explorers','reviver','clerked','')
INSERT INTO t2 VALUES (1037,251002,34,'rats','absentee','quotes','A')
INSERT INTO t2 VALUES (1039,251004,34,'crying','forked','Mossberg','')
INSERT INTO t2 VALUES (1041,251301,34,'accessed','clerked','roundly','')
INSERT INTO t2 VALUES (1046,251401,34,'mastering','Caltech','uprisings','A')
INSERT INTO t2 VALUES (1049,251404,34,'uncles','roundly','vest','')
INSERT INTO t2 VALUES (1050,251405,34,'sleepwalk','features','famine','')
INSERT INTO t2 VALUES (1056,252301,34,'alphabetic','cannot','duality','A')
INSERT INTO t2 VALUES (1059,252304,34,'chess','sugars','poison','')
INSERT INTO t2 VALUES (1072,258003,34,'ahead','Kantian','nymph','A')
INSERT INTO t2 VALUES (1074,258005,34,'retransmitting','saving','north','A')
INSERT INTO t2 VALUES (1076,258007,34,'Eiffel','hewed','botany','A')
INSERT INTO t2 VALUES (1077,258008,34,'absentee','kerosene','curs','')
INSERT INTO t2 VALUES (1078,258009,34,'aye','Cubans','solidification','')
INSERT INTO t2 VALUES (1079,258010,34,'forked','photographers','inheritresses','')
INSERT INTO t2 VALUES (1088,258108,68,'kept','stiller','exclaim','')
INSERT INTO t2 VALUES (1089,258109,68,'roundly','t1','implicated','A')
INSERT INTO t2 VALUES (1093,258113,68,'racial','Rena','and','')
INSERT INTO t2 VALUES (1102,258403,34,'Hodges','stealth','assurers','A')
INSERT INTO t2 VALUES (1111,218206,37,'presentation','annoyers','extramarital','')
INSERT INTO t2 VALUES (1116,128027,00,'hewed','Chantilly','tucked','')
INSERT INTO t2 VALUES (1117,128025,00,'kerosene','Iranizes','gems','')
INSERT INTO t2 VALUES (1124,128206,00,'botany','tucked','getters','')
INSERT INTO t2 VALUES (1134,113703,00,'Seattle','spear','cleanser','')
INSERT INTO t2 VALUES (1158,156202,00,'violinist','mutilate','authenticator','')
INSERT INTO t2 VALUES (1161,158401,00,'cloakroom','undeclared','Flagler','')
INSERT INTO t2 VALUES (1167,068604,00,'refiner','Washoe','windmills','')
select fld3 from t2 order by fld3 desc limit 5,5
select t2.fld3 from t2 where fld3 LIKE 'hon_ysuckl_'
select fld1,fld3 from t2 where fld3="Colombo" or fld3 = "nondecreasing" order by fld3
select fld1 from t2 where fld1=250501 or fld1=250502 or fld1 >= 250505 and fld1 <= 250601 or fld1 between 250501 and 250502
select fld1,fld3 from t2 where companynr = 37 and fld3 like 'f%'
select distinct companynr from t2 order by companynr
select distinct fld3 from t2 where companynr = 34 order by fld3
INSERT INTO t3 (period,name,companynr,price,price2) VALUES (1004,"spates",78,726498,72987523)
INSERT INTO t3 (period,name,companynr,price,price2) VALUES (1006,"gazer",101,834598,27348324)
INSERT INTO t3 (period,name,companynr,price,price2) VALUES (1009,"gems",447,2374834,9872392)
select distinct fld3 from t2,t3 where t2.companynr = 34 and t2.fld1=t3.t2nr order by fld3
select fld3,period from t1,t2 where fld1 = 011401 order by period
INSERT INTO t4 (companynr, companyname) VALUES (53,'company 7')
INSERT INTO t4 (companynr, companyname) VALUES (65,'company 9')
select * from t1,t1 t12
insert into t2 (fld1, companynr) values (999999,99)
explain select companynr,companyname from t4 left join t2 using (companynr) where companynr > 0 and companynr > 0
select period from t1 where (((period > 0) or period < 10000 or (period = 1900)) and (period=1900 and period <= 1901) or (period=1903 and (period=1903)) and period>=1902) or ((period=1904 or period=1905) or (period=1906 or period>1907)) or (period=1908 and period = 1909)
select fld1 from t2 where fld1 between 250502 and 250504
select fld3 from t2 where (((fld3 like "_%L%" ) or (fld3 like "%ok%")) and ( fld3 like "L%" or fld3 like "G%")) and fld3 like "L%"
select count(*),min(fld4),max(fld4),sum(fld1),avg(fld1),std(fld1),variance(fld1) from t2 where companynr = 34 and fld4<>""
select companynr,t2nr,count(price),sum(price),min(price),max(price),avg(price) from t3 where companynr = 37 group by companynr,t2nr limit 10
select /*! SQL_SMALL_RESULT */ companynr,t2nr,count(price),sum(price),min(price),max(price),avg(price) from t3 where companynr = 37 group by companynr,t2nr limit 10
select distinct mod(companynr,10) from t4 group by companynr
select companynr,count(distinct concat(fld1,repeat(65,200))) from t2 group by companynr
select sum(Period)/count(*) from t1
select companynr,sum(price)/count(price) as avg from t3 group by companynr having avg > 70000000 order by avg
select sum(price) from t3,t2 where t2.fld1 = t3.t2nr and t3.companynr = 512 and t3.t2nr = 38008 and t2.fld1 = 38008 or t2.fld1= t3.t2nr and t3.t2nr = 38008 and t2.fld1 = 38008
select t2.fld1,sum(price) from t3,t2 where t2.fld1 = t3.t2nr and t3.companynr = 512 and t3.t2nr = 38008 and t2.fld1 = 38008 or t2.fld1 = t3.t2nr and t3.t2nr = 38008 and t2.fld1 = 38008 or t3.t2nr = t2.fld1 and t2.fld1 = 38008 group by t2.fld1
explain select fld3 from t2 where 1>2 or 2>3
select companynr,count(*) as count,sum(fld1) as sum from t2 group by companynr having count > 40 and sum/count >= 120000
select 1+1 as summa from t1 group by summa limit 1
INSERT INTO t1 (pseudo) VALUES ('test')
SELECT 1 as rnd1 from t1 where rand() > 2
CREATE TABLE t2 (  hmid int(10) unsigned default NULL,  volid int(10) unsigned default NULL,  sampletid smallint(5) unsigned default NULL,  sampletime datetime default NULL,  samplevalue bigint(20) unsigned default NULL,  KEY idx1 (hmid,volid,sampletid,sampletime)) ENGINE=MyISAM
INSERT INTO t2 VALUES (1,3,10,'2002-06-01 08:00:00',35),(1,3,1010,'2002-06-01 12:00:01',35)
select wss_type from t1 where wss_type ='102935229216544104'
select 1+2,"aaaa",3.13*2.0 into @a,@b,@c
select @b
select * from (t1 as t2 left join t1 as t3 using (a)), t1
select * from (t1 as t2 left join t1 as t3 using (a)) left join t1 using ( a )
select * from (t1 as t2 left join t1 as t3 using (a)) right join t1 on t1.a>1
CREATE TABLE t1 (  aa char(2),  id int(11) NOT NULL auto_increment,  t2_id int(11) NOT NULL default '0',  PRIMARY KEY  (id),  KEY replace_id (t2_id)) ENGINE=MyISAM
INSERT INTO t1 VALUES ("1",8264,2506),("2",8299,2517),("3",8301,2518),("4",8302,2519),("5",8303,2520),("6",8304,2521),("7",8305,2522)
create table t1 (id1 int NOT NULL)
create table t3 (id3 int NOT NULL)
insert into t3 values ('one '), ('two\\t')
select * from t2,t3 where t2.s = t3.s
create table t2 (c integer,  d integer, index(c), index(d))
SELECT * FROM t1 WHERE city='London'
select distinct distinct * from t1
SELECT COUNT(*) FROM t1 WHERE \n( 0 OR (vorname LIKE '%Vorname1%' AND nachname LIKE '%1Nachname%' AND 1)) \nAND FK_firma_id = 2
CREATE TABLE `t3` ( `id` int(11) default NULL, `name` char(16) default NULL)
SELECT COUNT(*) FROM t1 a STRAIGHT_JOIN t2 pq STRAIGHT_JOIN t3 q \nWHERE \n  (pq.profile_id = a.profile_id) AND (a.acct_id = 132) AND \n  (pq.queue_id = q.id) AND (q.rr1 <> 1)
create index idx1 on t2 (f4)
SELECT a, b AS c FROM t1 ORDER BY b+1
select f1 from t1,t2 where f1=f2 and (f1,f2) = ((1,1))
create table t1 (f1 int not null auto_increment primary key, f2 varchar(10))
insert into t1 values(1,""),(2,"")
SELECT t2.a, t2.b, IF(t1.b IS NULL,'',e) AS c, COUNT(*) AS d FROM t2 LEFT JOIN\nt1 ON t2.a = t1.a AND t2.b = t1.b GROUP BY a, b, c
CREATE TABLE t2 (a int PRIMARY KEY, b int, KEY b (b))
EXPLAIN SELECT t1.a FROM t1 STRAIGHT_JOIN t2 ON t1.a=t2.a
EXPLAIN SELECT t1.a FROM t1 INNER JOIN t2 ON t1.a=t2.a
insert into t2 values (" 2", " one "),(" 2", " two ")
create table t1 (empnum smallint, grp int)
create table t1(a1 int)
DO IFNULL(NULL, NULL)
SELECT * FROM BUG_12595 WHERE a LIKE 'hakan\\n%' ESCAPE '\\n'
SELECT t1.id,t3.id FROM t1 JOIN t2 ON (t2.notacolumn=t1.id) LEFT JOIN t3 USING (id)
create table t3(x int, primary key(x))
insert into t2 values (1, 1), (2, 1), (3, 3), (4, 6), (5, 6)
select * from t1 left join v3 using (id)
create algorithm=merge view v2 (f2, f1) as select f1, f2 from t1
INSERT INTO t2 VALUES (3,'t')
INSERT INTO t3 VALUES (1,6,'y')
INSERT INTO t3 VALUES (2,5,'xx')
create  table t1 (f1 int)
create table t2 (f2 int, f3 int, key(f2))
insert into t3 values (2),(2),(2)
insert into t1 values(null,'a')
create table t2 (f2 char not null)
select * from t1 left join t2 on f1=t2.f2 where t1.f2='a'
INSERT INTO t1 VALUES\n  (10, 10), (20, 10), (30, 20), (40, 30), (50, 10), (60, 10), (70, 10)
INSERT t1 SET i = 0
insert into t2 select A.a, B.a, C.a, C.a from t1 A, t1 B, t1 C
select 'In next EXPLAIN, B.rows must be exactly 10:' Z
insert into t1 (b,c) values (0,1), (0,1)
select t1.a, t1.b + 0, t1.c + 0, t2.a, t2.b + 0, t2.c, t2.d\nfrom t1 left outer join t2 on t1.a = t2.c and t2.b <> 1\nwhere t1.b <> 1 order by t1.a
prepare stmt from 'select 1 as " a "'
EXPLAIN\nSELECT * FROM t1 LEFT JOIN t2 ON t2.b=t1.a INNER JOIN t3 ON t3.d=t1.id\n  WHERE t1.id=2
create table t1 (c1 varchar(1), c2 int, c3 int, c4 int, c5 int, c6 int,\nc7 int, c8 int, c9 int, fulltext key (`c1`))
INSERT INTO t1 VALUES \n  (1,10,19), (2,20,22), (4,41,42), (9,93,95), (7, 77,79),\n  (6,63,67), (5,55,58), (3,38,39), (8,81,89)
INSERT INTO t2 VALUES\n  (21,210), (41,410), (82,820), (83,830), (84,840),\n  (65,650), (51,510), (37,370), (94,940), (76,760),\n  (22,220), (33,330), (40,400), (95,950), (38,380),\n  (67,670), (88,880), (57,570), (96,960), (97,970)
INSERT INTO t1 VALUES (1,1), (2,1), (null,3), (null,3), (null,3), (null,3)
SELECT COUNT(*) FROM t1 WHERE ID_better=1
CREATE UNIQUE INDEX idx1 ON t1(ID_with_null)
INSERT INTO t1 SELECT * FROM t1 WHERE ID1_with_null IS NULL
SELECT COUNT(*) FROM t1 WHERE ID1_with_null IS NULL AND ID2_with_null=3
SELECT COUNT(*) FROM t1 WHERE ID1_with_null=3 AND ID2_with_null IS NULL
INSERT INTO t1 VALUES (30,"2006-01-03 23:00:00"), (31,"2006-01-03 23:00:00")
insert into t1 values\n  (if(1, 9223372036854775808, 1)),\n  (case when 1 then 9223372036854775808 else 1 end),\n  (coalesce(9223372036854775808, 1))
select \n  if(1, cast(1111111111111111111 as unsigned), 1) i,\n  case when 1 then cast(1111111111111111111 as unsigned) else 1 end c,\n  coalesce(cast(1111111111111111111 as unsigned), 1) co
INSERT INTO t1 VALUES ('ccc'), ('bb'), ('cc '), ('aa  '), ('aa')
INSERT INTO t2 VALUES ('bb ',8), ('aa',9), ('aa',10), ('bb',11)
SELECT * FROM t2 ORDER BY name
SELECT * FROM t1 LEFT JOIN t2 ON t1.name=t2.name
SELECT t2.faq_id \n  FROM t1 INNER JOIN t2 IGNORE INDEX (idx1)\n       ON (t1.access_id = t2.access_id)\n       LEFT JOIN t2 t\n       ON (t.faq_group_id = t2.faq_group_id AND\n           find_in_set(t.access_id, '1,4') < find_in_set(t2.access_id, '1,4'))\n   WHERE\n     t2.access_id IN (1,4) AND t.access_id IS NULL AND t2.faq_id in (265)
EXPLAIN SELECT COUNT(*) FROM t1 f1 INNER JOIN t1 f2\n    ON ( f1.b=f2.b AND f1.a<f2.a ) \n    WHERE 1 AND f1.b NOT IN (100,2232,3343,51111)
CREATE TABLE t1 (\n  c1 int(11) NOT NULL AUTO_INCREMENT,\n  c2 varchar(1000) DEFAULT NULL,\n  c3 bigint(20) DEFAULT NULL,\n  c4 bigint(20) DEFAULT NULL,\n  PRIMARY KEY (c1)\n)
select str_to_date('2007-10-09','%Y-%m-%d') > '2007/10/01 00:00:00 GMT-6' as exp
select str_to_date('2007-10-01','%Y-%m-%d') = '2007-10-01 x00:00:00 GMT-6' as exp
select str_to_date('2007-10-01','%Y-%m-%d %H:%i:%s') = '2007-10-01 x12:34:56 GMT-6' as exp
select str_to_date('2007-10-00 12:34','%Y-%m-%d %H:%i') = '2007-10-00 12:34' as exp
set SQL_MODE=TRADITIONAL
select str_to_date('2000-01-01','%Y-%m-%d') between '2001-01-01' and NULL as exp
select str_to_date('2000-01-01','%Y-%m-%d') between NULL and NULL as exp
INSERT INTO t1 values (),(),(),(),()
SELECT c32 FROM t1, t2, t3 WHERE t1.c11 IN (1, 3, 5) AND \n                                 t3.c31 = t1.c11 AND t2.c21 = t1.c11 AND \n                                 t3.c33 = 1 AND t2.c22 in (1, 3) \n                           ORDER BY c32
CREATE TABLE t2(\n  c3 DECIMAL(10, 2))\n  SELECT\n    c1 * c2 AS c3\n  FROM t1
SELECT * FROM t1 WHERE c1 > NULL + 1
CREATE TABLE t3 (f1 bigint(20) NOT NULL default '0',\n                 f2 datetime NOT NULL default '1980-01-01 00:00:00',\n                 PRIMARY KEY (f1))
EXPLAIN EXTENDED SELECT a, b FROM t1 WHERE a > 1 AND a = b LIMIT 2
EXPLAIN SELECT 1 FROM t1 NATURAL LEFT JOIN t1 AS t2
EXPLAIN EXTENDED SELECT x.a, y.a, z.a FROM t1 x \n  JOIN t1 y ON x.a=y.a \n  JOIN t1 z ON y.a=z.a \n  WHERE x.a='2001-01-01' AND z.a='2001-01-01 00:00:00'
SELECT * FROM t1 ORDER BY a, b LIMIT 5
EXPLAIN SELECT * FROM t1 ORDER BY a, b, c LIMIT 5
SELECT * FROM t1 ORDER BY a, b, c LIMIT 5
EXPLAIN EXTENDED SELECT * FROM t1 WHERE (a=a AND a=a AND b=b) OR b > 20
CREATE TABLE `A` (\n  `pk` int(11) NOT NULL AUTO_INCREMENT,\n  `date_key` date NOT NULL,\n  `date_nokey` date NOT NULL,\n  `datetime_key` datetime NOT NULL,\n  `int_nokey` int(11) NOT NULL,\n  `time_key` time NOT NULL,\n  `time_nokey` time NOT NULL,\n  PRIMARY KEY (`pk`),\n  KEY `date_key` (`date_key`),\n  KEY `time_key` (`time_key`),\n  KEY `datetime_key` (`datetime_key`)\n)
CREATE TABLE `BB` (\n  `pk` int(11) NOT NULL AUTO_INCREMENT,\n  `int_nokey` int(11) NOT NULL,\n  `date_key` date NOT NULL,\n  `varchar_nokey` varchar(1) NOT NULL,\n  `date_nokey` date NOT NULL,\n  PRIMARY KEY (`pk`),\n  KEY `date_key` (`date_key`)\n)
EXPLAIN EXTENDED SELECT * FROM t2 LEFT JOIN t1 ON a = b + 1
SELECT * FROM t1 WHERE 102 < b
CREATE TABLE t1(a ENUM('') NOT NULL)
INSERT INTO t2 VALUES (3),(7),(18)
INSERT INTO t3 VALUES (17)
SET @save_join_buffer_size=@@join_buffer_size,@@join_buffer_size = 2176
SELECT STRAIGHT_JOIN * FROM t2, (t1 LEFT JOIN (t3,t4) ON t1.f1 = t4.f1), t5, t6
SELECT * FROM t1,t2,t3\n  WHERE t2.a2=t1.a1 AND t3.a3=t1.a1 AND \n        LENGTH(CONCAT(CONCAT(t1.b1,t2.b2),t3.b3)) <= 7
INSERT INTO t3 VALUES (1,494862336)
CREATE TABLE t4 (f41 int, f42 int, PRIMARY KEY (f41), KEY (f42))
CREATE TABLE t5 (f51 int, PRIMARY KEY (f51))
set sql_buffer_result= 0
CREATE TABLE t2(pk INT PRIMARY KEY, i INT) ENGINE = MYISAM
EXPLAIN\nSELECT *\n  FROM \n    t1\n  LEFT OUTER JOIN\n    (t2 INNER JOIN t_empty ON t_empty.i=t2.i)\n  ON t1.pk=t2.pk\n  WHERE t2.pk <> 2
DROP TABLE t1,t2,t_empty
INSERT INTO `CC` VALUES\n(0,8,'q','q'),(5,8,'m','m'),(7,3,'j','j'),(1,2,'z','z'),(8,2,'a','a'),(2,6,'',''),(1,8,'e'\n,'e'),(8,9,'t','t'),(5,2,'q','q'),(4,6,'b','b'),(5,5,'w','w'),(3,2,'m','m'),(0,4,'x','x'),\n(8,9,'',''),(0,6,'w','w'),(4,5,'x','x'),(0,0,'e','e'),(0,0,'e','e'),(2,8,'p','p'),(0,0,'x'\n,'x')
SELECT col_int_key FROM view_t1 GROUP BY col_int_key
SELECT coalesce((avg(distinct (geomfromtext("point(25379 -22010)"))))) \nUNION ALL \nSELECT coalesce((avg(distinct (geomfromtext("point(25379 -22010)")))))\nAS foo
CREATE TABLE t1 (f1 date)
INSERT IGNORE INTO t1 VALUES ('0000-00-00')
CREATE TABLE t1 (a TINYBLOB NOT NULL)
CREATE TABLE t1 ( a INT(6) ZEROFILL )
CREATE TABLE t1 (pk int PRIMARY KEY, a int)
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE (1 != 1 OR a = 5) AND (b != 1 OR a = 1)
SELECT * FROM t1 WHERE (1 != 1 OR a = 5) AND (b != 1 OR a = 1)
SELECT * FROM t1 WHERE (b != 1 OR a = 1) AND (1 != 1 OR a = 5)
SELECT * FROM t1 WHERE (b != 1 OR a = 1) AND (a = 5 OR 1 != 1)
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE (b = 1 OR a = 1) AND (b = 5 AND a = 5 OR 1 != 1)
SELECT * FROM t1 WHERE (b = 1 OR a = 1) AND (b = 5 AND a = 5 OR 1 != 1)
INSERT INTO t1 VALUES (0,'j'), (8,'v')
CREATE TABLE t2 (c varchar(1), d varchar(1)) ENGINE=MyISAM
SELECT * FROM t1, t2 WHERE c=b AND (1=2 OR ((b='h' OR a=136) AND d=b))
CREATE TABLE t2 (i2 int, INDEX idx (i2)) ENGINE=MyISAM
CREATE TABLE t1 (grp INT,c CHAR)
SELECT * FROM t1 WHERE a = 1 OR\n  (3 = 3 AND (SELECT a = 1 AND (SELECT 3 WHERE a = a) = 3))
select SQL_CALC_FOUND_ROWS * from t1 order by b desc limit 1
SELECT SQL_CALC_FOUND_ROWS * FROM t1 LIMIT 0
DELETE  FROM t1\nWHERE (  r = 1 AND a IN ( 1, 2    ) AND ( u = 'w'   OR u LIKE 'w/%'   ) )\n   OR (  r = 1 AND a IN (       3 ) AND ( u = 'w/U' OR u LIKE 'w/U/%' ) )\n   OR (  r = 1 AND a IN ( 1, 2, 3 ) AND ( u = 'w'                     ) )
SELECT 'foo'
insert t1 (a1) values (null)
insert t2 select a1, 1, 'ok' from t1
insert t2 select a1, 4, 'ok' from t1
select sql_calc_found_rows distinct a1,c2 from t1 join t2 on a2=a1 \n  where a1 <= 256 and c1=0 and c2='ok' order by a1 desc limit 46
create table t2 (i2 int primary key, v2 int)
select found_rows() as count
insert into t1 values(1,"test")
update t1 set b="a" where b="test"
update t1 set b="a" limit 1
alter table t1 add key b (b)
SET MAX_JOIN_SIZE=2
insert into t1 values (null,"a"),(null,"a"),(null,"a"),(null,"a"),(null,"a"),(null,"a"),(null,"a"),(null,"a"),(null,"a"),(null,"a")
select * from (select 1 union select 2 union select 3) x
set optimizer_use_condition_selectivity=@save_optimizer_use_condition_selectivity
ANALYZE TABLE\ncustomer, lineitem, nation, orders, part, partsupp, region, supplier
set histogram_type='SINGLE_PREC_HB'
flush table nation
select * from t1 where a < 1 and a > 7
insert into t2 values (2),(3)
INSERT INTO t1 VALUES ('j'),('k')
SELECT * FROM t1 STRAIGHT_JOIN (t2 JOIN t3 ON c = b AND b > 'z')
set use_stat_tables=PREFERABLY
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE a > 3
SELECT * FROM t1 WHERE a <= 'w'
EXPLAIN EXTENDED\nSELECT * FROM t1, t2 WHERE EXISTS ( SELECT 1 FROM t1, t2 ) AND a != b OR a <= 4
INSERT INTO t1 VALUES (8),(9),(6)
INSERT INTO t2 VALUES ('red'),('blue')
SELECT * FROM t1, t2 AS t2a, t2 AS t2b WHERE f1 <= 'a' AND t2a.f2 = f1
insert into t1 values\n  (7), (6), (4), (9), (1), (5), (2), (1), (3), (8)
INSERT INTO t3 VALUES ('v'), ('c')
set optimizer_use_condition_selectivity = 3
SELECT * FROM t1, t2 WHERE id = a AND ( a = 16 OR flag AND a != 6 )
INSERT INTO language VALUES \n  (1,'Chinese'),(6,'English'),(1,'French'),\n  (1,'German'),(1,'Italian'),(0,'Japanese')
select * from t1, t2, t1 as t3\n  where t1.b=t2.c and t2.d=t3.a and t3.b<5 and t1.a < 2000
INSERT INTO t1 VALUES ('foo', 'foo')
explain extended \nselect * from t1 straight_join t2 where t1.a=t2.a and t1.a<10
explain extended\nselect * from t2 a straight_join t2 b where a.a is null
INSERT INTO t1 VALUES\n  ('USAChinese',10), ('USAEnglish',20), ('USAFrench',30)
analyze table t1 persistent for columns () indexes ()
explain extended \nselect * from t1 where col1 > 'b' and col1 < 'e'
select * from t1 where col1 > 'b' and col1 < 'd'
select * from t2 where col1 > 'b' and col1 < 'd'
set @@optimizer_use_condition_selectivity=2
alter table  t1 force
create table t1 (a int, b int, key (b), key (a))
INSERT INTO t1 VALUES\n(1,  1, 1),\n(2,  2, 2),\n(3,  3, 3),\n(4,  4, 4),\n(5,  5, 5),\n(6,  6, 6),\n(7,  7, 7),\n(8,  8, 8),\n(9,  9, 9)
create table t1(a int, b int, c int, d int, key(a,b))
EXPLAIN EXTENDED SELECT * from t1 where t1.a >= 81
INSERT INTO t1 values (1),(2),(2),(3),(4)
SET histogram_size= 255
set @tmp_ust= @@use_stat_tables
SET optimizer_use_condition_selectivity = 2
SET use_stat_tables = PREFERABLY
EXPLAIN SELECT 1 FROM t1 NATURAL JOIN t1 AS t2
insert into t2 select ta.a + tb.a*10 from t1 ta, t1 tb
explain extended select * from t1 where col1<=-1
explain\nselect * from t1,t2 where t1.id = t2.t1_id and t2.f2='qux' and t2.f1='baz'
set optimizer_use_condition_selectivity= @tmp_mdev8779
CREATE TABLE t3 (b VARCHAR (1))
EXPLAIN\nSELECT * FROM t1 AS a NATURAL JOIN t1 AS b
INSERT INTO t2 VALUES ('x'),('xx')
set optimizer_switch=@tmp1, join_cache_level=@tmp2
insert into t10 select 65215 from t1
insert into t10 select 65219 from t1
explain select * from t10  where a in (91303)
create table t1 (\n  pk int,\n  key1 int,\n  filler char(100),\n  index (key1, pk),\n  primary key (pk)\n)
set @save_debug_dbug=@@debug_dbug
set debug_dbug=@save_debug_dbug
CREATE SERVER s1 FOREIGN DATA WRAPPER mysql OPTIONS(HOST 'localhost')
CREATE SERVER s1 FOREIGN DATA WRAPPER mysql OPTIONS(USER 'bar')
CREATE SERVER s1 FOREIGN DATA WRAPPER mysql OPTIONS(SOCKET '/tmp/1234567890_1234567890_1234567890_1234567890_1234567890_1234567890.sock')
SELECT Socket FROM mysql.servers where Server_name = 's1'
insert into mysql.servers values(0,0,0,0,0,0,0,0)
alter table mysql.plugin drop primary key
CREATE SERVER s FOREIGN DATA WRAPPER mysql OPTIONS (HOST'',PORT 2147483647)
insert into t2 values (2,2),(3,3),(5,5),(2,2),(2,2),(3,3)
select * from t1\nUNION ALL\nselect * from t2\nINTERSECT ALL\n(values (1,1), (2,2), (2,2), (5,5), (2,2))\nINTERSECT ALL\nselect * from (select * from t1 union all select * from t1) sq\nEXCEPT ALL\nselect * from t3\nUNION ALL\nselect * from t2\nUNION\nselect * from t3\nEXCEPT\nselect a,c from t1,t2\nUNION ALL\nselect * from v0 where g < 4\nUNION ALL\nselect * from t3\nORDER BY a
select * from t1 intersect all select * from t2 except select * from t3 union select * from t4
select * from t1 intersect all select * from t2 except ALL select * from t3 union select * from t4
select * from t1 intersect all select * from t2 intersect select * from t3
select * from t1 intersect all select * from t2 EXCEPT select * from t3 union select * from t4
select * from t1 intersect all select * from t2 EXCEPT ALL select * from t3 union select * from t4
select * from t1 EXCEPT select * from t2 union DISTINCT select * from t3 union select * from t4
select * from t1 union DISTINCT select * from t2 except all select * from t3
select 1 union select 2 except all select 3 union select 4
insert into t1 values (1,1),(2,2),(3,3),(4,4),(5,5),(6,6),(7,7),(8,8),(9,9),(0,0)
insert into t2 select a+40, b+40 from t2
insert into t2 values (11,11), (12,12), (13,13)
select e,f from t3 intersect select c,d from t2 union all select a,b from t1 union all select 4,'4' from dual
create user natauth@localhost identified via 'mysql_native_password' using '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29'
create user oldpass@localhost identified by password '378b243e220ca493'
set password for oldpassold@localhost = '378b243e220ca493'
set password for newpass@localhost = PASSWORD('test2')
set password for 'foo'@'localhost' = password('bar')
DROP PROCEDURE IF EXISTS p3
DROP PROCEDURE IF EXISTS p4
SET SESSION sort_buffer_size=100000
SET SESSION binlog_format=mixed
SET SESSION  keep_files_on_create=ON
SET STATEMENT myisam_sort_buffer_size=400000,\n              myisam_repair_threads=2,\n              sort_buffer_size=200000,\n              binlog_format=row,\n              keep_files_on_create=OFF,\n              max_join_size=4444440000000 FOR\n              DROP FUNCTION myProc
CREATE PROCEDURE p2() BEGIN\n       SET STATEMENT myisam_sort_buffer_size=400000,\n              myisam_repair_threads=3,\n              sort_buffer_size=300000,\n              binlog_format=mixed,\n              keep_files_on_create=OFF,\n              max_join_size=3333330000000 FOR\n              CALL p1();\n              END
BEGIN NOT ATOMIC\n              SELECT @@sql_mode;\n              SELECT "t1".* FROM t1;\nEND
CREATE PROCEDURE p5() BEGIN\n\t  SELECT @@myisam_sort_buffer_size,\n             @@myisam_repair_threads,\n             @@sort_buffer_size,\n             @@binlog_format,\n             @@keep_files_on_create,\n             @@max_join_size;\n\t\tSET SESSION\n           myisam_sort_buffer_size=260000,\n           myisam_repair_threads=3,\n           sort_buffer_size=230013,\n           binlog_format=row,\n           keep_files_on_create=ON,\n           max_join_size=2323230000000;\n      SELECT @@myisam_sort_buffer_size,\n             @@myisam_repair_threads,\n             @@sort_buffer_size,\n             @@binlog_format,\n             @@keep_files_on_create,\n             @@max_join_size;\n        END
SET STATEMENT GLOBAL max_error_count=100 FOR INSERT INTO t1 VALUES (1,2)
set statement binlog_format=row for execute stmt1
SET @@keep_files_on_create    = @save_keep_files_on_create
SET @@myisam_repair_threads   = @save_myisam_repair_threads
set statement log_slow_verbosity=default for select @@log_slow_verbosity
set statement log_slow_rate_limit=default for select @@log_slow_rate_limit
set statement long_query_time=0.01,log_slow_min_examined_row_limit=50 for select sleep(0.1)
set statement sql_log_off=default for select 1
set statement query_cache_type=default for select 1
SET STATEMENT default_week_format = 2 FOR SELECT WEEK('2000-01-01')
prepare stmt1 from "select week(a) from t1"
select @@log_queries_not_using_indexes
show binlog events limit 13, 100
set statement last_insert_id = 112 for create table t1 as select last_insert_id()
set statement profiling_history_size=default for select 1
show tables\n  where tables_in_test in (select *\n                              from (select nm from test.t1 group by nm) dt)
CREATE PROCEDURE proc1 (OUT cnt INT, id_var int)\nBEGIN\nSELECT COUNT(*) INTO cnt FROM t1 where id=id_var;\nEND
CREATE PROCEDURE proc2 (id_var int)\nBEGIN\ndeclare cnt int;\nSELECT id INTO cnt FROM t1 where id=id_var;\nEND
CALL proc1(@cnt,1)
CALL proc1(@cnt,3)
drop table if exists t0, t1, t2, t3, t4
alter table t1 add b int, add c int, add filler char(32)
alter table t1 add key(a), add key(b)
# <--- Second branch\nSET debug_dbug='+d,show_explain_probe_join_exec_end'
select a, (select max(a) from t0 B where a>6) from t0 A where a<2
create table t2 as select a as a, a as dummy from t0 limit 2
select * from t0 order by a
set @show_explain_probe_query= 'SELECT count(*) - count(*) FROM sys.waits_by_user_by_latency'
show analyze format=JSON for (select a from t0 limit 1)
analyze select a from t0 a where a<=5 union select a+1 from t0 b where a>=9
SET @@global.character_set_server= @@session.character_set_server
delete from mysql.db where user='mysqltest_1' || user='mysqltest_2' || user='mysqltest_3'
show variables like "wait_timeout%"
create table t1 (c decimal, d double, f float, r real)
SET @old_sql_mode= @@sql_mode, sql_mode= ''
SET @old_sql_quote_show_create= @@sql_quote_show_create, sql_quote_show_create= OFF
CREATE TABLE ```ab``cd``` (i INT)
SHOW CREATE TABLE ```ab````cd```
CREATE TABLE ```a` (i INT)
SET sql_mode= 'ANSI_QUOTES'
DROP TABLE `table`
insert into t1 values (3),(4)
delete from t2 where b=3
grant drop   on `mysqltest`.* to mysqltest_3@localhost
CREATE TABLE t1 (i int, KEY USING HASH (i)) ENGINE=MEMORY
SHOW TABLE STATUS like 't1'
SELECT 1 FROM t2
SHOW OPEN TABLES FROM mysqltest1
SHOW OPEN TABLES FROM mysqltest1 LIKE 'z%'
show slave hosts
show storage engines
show count(*) errors
CREATE TABLE t1(c INT NOT NULL PRIMARY KEY)
SHOW DATABASES LIKE 'mysqltest1'
SELECT *\nFROM INFORMATION_SCHEMA.VIEWS\nWHERE table_name = 'v1'
CREATE TABLE t1 (\n Codigo int(10) unsigned NOT NULL auto_increment,\n Nombre varchar(255) default NULL,\n Telefono varchar(255) default NULL,\n Observaciones longtext,\n Direccion varchar(255) default NULL,\n Dni varchar(255) default NULL,\n CP int(11) default NULL,\n Provincia varchar(255) default NULL,\n Poblacion varchar(255) default NULL,\n PRIMARY KEY  (Codigo)\n) ENGINE=MyISAM AUTO_INCREMENT=11 DEFAULT CHARSET=utf8
delete from mysql.tables_priv where user='mysqltest_4'
create database `mysqlttest\\1`
show engine foobar mutex
show engine csv status
drop table `été`
SHOW ENGINE MYISAM MUTEX
drop user foo5@test
drop user foo2@test
grant proxy on 'x''y'@localhost to 'x''y'@localhost
show explain for (select max(a) from t0)
INSERT INTO t2 VALUES (1),(2),(1),(4),(2)
SELECT * FROM v1, t2
DROP TABLE t2, t3
select * from t0 where 1>10
CREATE TABLE t2 ( `pk` INT NOT NULL PRIMARY KEY, `a1` INT NOT NULL, KEY(`a1`)) ENGINE=MyISAM
create table t1 (key1 int, col1 int, col2 int, filler char(100), key(key1))
SET debug_dbug='+d,show_explain_probe_test_if_quick_select'
select count(*) from t1 A, t1 B where B.key1 < A.col2 and A.col1=3 AND B.col2 + 1 < 100
CREATE TABLE t2 (b INT) ENGINE=Aria
INSERT INTO t2 VALUES\n(1),(7),(4),(7),(0),(2),(9),(4),(0),(9),\n(1),(3),(8),(8),(18),(84),(6),(3),(6),(6)
insert into t1 select A.a + 10 * B.a + 100 * C.a, 'data1' from t0 A, t0 B, t0 C
select table_name from information_schema.tables where table_schema='information_schema' and table_name like '%explain%'
CREATE TABLE t1 (a INT, b INT, KEY(a), KEY(b)) ENGINE=MyISAM
EXPLAIN\nSELECT a+SLEEP(0.01) FROM t1\nWHERE a IN ( 255, 0 ) OR b BETWEEN 6 AND 129\nORDER BY b
INSERT INTO t2 VALUES \n(0,4),(8,6),(1,3),(8,5),(9,3),(24,246),(6,2),(1,9),(6,3),(2,8),\n(4,1),(8,8),(4,8),(4,5),(7,7),(4,5),(1,1),(9,6),(4,2),(8,9)
SELECT SUM(b) FROM ( SELECT * FROM t1 ) AS alias1, t2 \nWHERE b <= ANY ( \n  SELECT a FROM t1 \n  WHERE a = b + SLEEP(0.2) OR a >= ( SELECT SUM(b) FROM t2 ))
explain \nselect * from t0 \nwhere not exists ( select 1 from t1, t2 where t1.b=t2.b and t2.a=t0.a) and a is null
update t1 set filler='filler-data-2' where a<10 and b+1>1000
drop table test_table
drop procedure try_shutdown
drop procedure if exists test_signal_syntax
create procedure test_invalid()\nbegin\n  SIGNAL;\nend
create procedure test_signal_syntax()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  SIGNAL foo;\nend
create procedure test_invalid()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  SIGNAL foo SET MESSAGE_TEXT = 'foo', MESSAGE_TEXT = 'bar';\nend
create procedure test_invalid()\nbegin\n  SIGNAL SQLSTATE '12345' SET bla_bla = 'foo';\nend
create procedure test_invalid()\nbegin\n  SIGNAL SQLSTATE '12345' SET PARAMETER_ORDINAL_POSITION = 'foo';\nend
create procedure test_invalid()\nbegin\n  SIGNAL SQLSTATE '12345' SET ROUTINE_SCHEMA = 'foo';\nend
create procedure test_invalid()\nbegin\n  SIGNAL SQLSTATE '12345' SET TRIGGER_SCHEMA = 'foo';\nend
create procedure test_invalid()\nbegin\n  DECLARE foo CONDITION FOR 1234;\n  RESIGNAL foo;\nend
create procedure test_resignal_syntax()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  RESIGNAL foo;\nend
create procedure test_resignal_syntax()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  RESIGNAL foo SET SUBCLASS_ORIGIN = 'foo';\nend
create procedure test_resignal_syntax()\nbegin\n  RESIGNAL SET CONSTRAINT_NAME = 'foo';\nend
create procedure test_resignal_syntax()\nbegin\n  RESIGNAL SET CURSOR_NAME = 'foo';\nend
create procedure test_resignal_syntax()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  RESIGNAL foo SET CURSOR_NAME = 'foo';\nend
create procedure test_resignal_syntax()\nbegin\n  RESIGNAL SET MYSQL_ERRNO = 'foo';\nend
create procedure test_resignal_syntax()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  RESIGNAL foo SET MYSQL_ERRNO = 'foo';\nend
create procedure test_invalid()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  RESIGNAL foo SET MESSAGE_TEXT = 'foo', MESSAGE_TEXT = 'bar';\nend
create procedure test_invalid()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  RESIGNAL foo SET MYSQL_ERRNO = 'foo', MYSQL_ERRNO = 'bar';\nend
SIGNAL foo
SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 65534
create procedure test_signal()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE 'AABBB';\n  SIGNAL foo SET MYSQL_ERRNO = 65534;\nend
create procedure test_signal()\nbegin\n  DECLARE sp_cursor_already_open CONDITION FOR SQLSTATE '24000';\n  SIGNAL sp_cursor_already_open SET MYSQL_ERRNO = 1325;\nend
create procedure test_signal()\nbegin\n  DECLARE error CONDITION FOR SQLSTATE '99999';\n  SIGNAL error SET\n    MYSQL_ERRNO = NULL;\nend
create procedure test_signal()\nbegin\n  DECLARE error CONDITION FOR SQLSTATE '99999';\n  SIGNAL error SET\n    CONSTRAINT_SCHEMA = NULL;\nend
create procedure test_signal()\nbegin\n  DECLARE error CONDITION FOR SQLSTATE '99999';\n  SIGNAL error SET\n    CATALOG_NAME = NULL;\nend
create procedure test_signal()\nbegin\n  DECLARE error CONDITION FOR SQLSTATE '99999';\n  SIGNAL error SET\n    SCHEMA_NAME = NULL;\nend
create procedure test_signal()\nbegin\n  DECLARE error CONDITION FOR SQLSTATE '99999';\n  SIGNAL error SET\n    MESSAGE_TEXT = NULL;\nend
call test_signal(NULL, 1234)
create procedure test_signal()\nbegin\n  DECLARE aaa VARCHAR(64);\n  DECLARE bbb VARCHAR(64);\n  DECLARE ccc VARCHAR(64);\n  DECLARE ddd VARCHAR(64);\n  DECLARE eee VARCHAR(64);\n  DECLARE fff VARCHAR(64);\n  DECLARE ggg VARCHAR(64);\n  DECLARE hhh VARCHAR(64);\n  DECLARE iii VARCHAR(64);\n  DECLARE jjj VARCHAR(64);\n  DECLARE kkk VARCHAR(64);\n\n  DECLARE warn CONDITION FOR SQLSTATE "01234";\n\n  set aaa= repeat("A", 64);\n  set bbb= repeat("B", 64);\n  set ccc= repeat("C", 64);\n  set ddd= repeat("D", 64);\n  set eee= repeat("E", 64);\n  set fff= repeat("F", 64);\n  set ggg= repeat("G", 64);\n  set hhh= repeat("H", 64);\n  set iii= repeat("I", 64);\n  set jjj= repeat("J", 64);\n  set kkk= repeat("K", 64);\n\n  SIGNAL warn SET\n    CLASS_ORIGIN = aaa,\n    SUBCLASS_ORIGIN = bbb,\n    CONSTRAINT_CATALOG = ccc,\n    CONSTRAINT_SCHEMA = ddd,\n    CONSTRAINT_NAME = eee,\n    CATALOG_NAME = fff,\n    SCHEMA_NAME = ggg,\n    TABLE_NAME = hhh,\n    COLUMN_NAME = iii,\n    CURSOR_NAME = jjj,\n    MESSAGE_TEXT = kkk,\n    MYSQL_ERRNO = 65534;\nend
create procedure test_signal()\nbegin\n  DECLARE warn CONDITION FOR SQLSTATE "01234";\n\n  SIGNAL warn SET\n    MYSQL_ERRNO = 999999999999999999999999999999999999999999999999999;\nend
create procedure test_signal()\nbegin\n  DECLARE not_found CONDITION FOR SQLSTATE "02ABC";\n  DECLARE CONTINUE HANDLER for SQLSTATE "02ABC"\n  begin\n    select "Caught by SQLSTATE";\n  end;\n\n  SIGNAL not_found SET\n    MESSAGE_TEXT = "Raising a not found",\n    MYSQL_ERRNO = 1012;\nend
create procedure test_signal()\nbegin\n  DECLARE error CONDITION FOR SQLSTATE "55555";\n  DECLARE CONTINUE HANDLER for SQLEXCEPTION\n  begin\n    select "Caught by SQLEXCEPTION";\n  end;\n\n  SIGNAL error SET\n    MESSAGE_TEXT = "Raising an error",\n    MYSQL_ERRNO = 1012;\nend
create function test_signal_func() returns integer\nbegin\n  DECLARE v INT;\n  DECLARE warn CONDITION FOR SQLSTATE "01XXX";\n\n  SIGNAL warn SET\n    MESSAGE_TEXT = "This function SIGNAL a warning",\n    MYSQL_ERRNO = 1012;\n\n  SELECT @@warning_count INTO v;\n  return v;\nend
create trigger t1_ai after insert on t1 for each row\nbegin\n  DECLARE msg VARCHAR(128);\n  DECLARE not_found CONDITION FOR SQLSTATE "02XXX";\n\n  set msg= concat("This trigger SIGNAL a not found, a=", NEW.a);\n  SIGNAL not_found SET\n    MESSAGE_TEXT = msg,\n    MYSQL_ERRNO = 1012;\nend
create trigger t1_ai after insert on t1 for each row\nbegin\n  DECLARE msg VARCHAR(128);\n  DECLARE error CONDITION FOR SQLSTATE "03XXX";\n\n  set msg= concat("This trigger SIGNAL an error, a=", NEW.a);\n  SIGNAL error SET\n    MESSAGE_TEXT = msg,\n    MYSQL_ERRNO = 1012;\nend
create procedure test_resignal()\nbegin\n  DECLARE CONTINUE HANDLER for sqlwarning\n  begin\n    select "before RESIGNAL";\n    RESIGNAL SQLSTATE "44444" SET\n      MESSAGE_TEXT = "RESIGNAL to an error",\n      MYSQL_ERRNO = 5555 ;\n    select "after RESIGNAL";\n  end;\n\n  insert ignore into t_warn set a= 9999999999999999;\nend
drop procedure if exists peter_p2
call peter_p3()
create procedure test_signal()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  SIGNAL foo SET MYSQL_ERRNO = "A"; /* illegal */\nend
create procedure test_signal()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n  SIGNAL foo SET MYSQL_ERRNO = 1000,\n    MESSAGE_TEXT= 0x41; /* A */\nend
create procedure signal_proc()\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n\n  SIGNAL foo;\n  SIGNAL foo SET MESSAGE_TEXT = "This is an error message";\n  RESIGNAL foo;\n  RESIGNAL foo SET MESSAGE_TEXT = "This is an error message";\nend
create function signal_func() returns int\nbegin\n  DECLARE foo CONDITION FOR SQLSTATE '12345';\n\n  SIGNAL foo;\n  SIGNAL foo SET MESSAGE_TEXT = "This is an error message";\n  RESIGNAL foo;\n  RESIGNAL foo SET MESSAGE_TEXT = "This is an error message";\n  return 0;\nend
show procedure code signal_proc
use demo
create table ab_physical_person (\n  person_id integer,\n  first_name VARCHAR(50),\n  middle_initial CHAR,\n  last_name VARCHAR(50),\n  primary key (person_id))
create table po_order (\n  po_id integer auto_increment,\n  cust_type char, /* arc relationship, see cust_id */\n  cust_id integer, /* FK to ab_physical_person *OR* ab_moral_person */\n  primary key (po_id))
create procedure proc_top_b(p1 integer)\nbegin\n  select "Starting ...";\n  call proc_middle_b(p1);\n  select "The end";\nend
create procedure proc_middle_b(p1 integer)\nbegin\n  DECLARE l integer;\n  DECLARE EXIT HANDLER for SQLEXCEPTION, NOT FOUND\n  begin\n    begin\n      DECLARE CONTINUE HANDLER for SQLEXCEPTION, NOT FOUND\n      begin\n        /* Ignore errors from the cleanup code */\n      end;\n\n      select "Doing cleanup !";\n      select RELEASE_LOCK("user_mutex") into l;\n      drop temporary table t1;\n    end;\n\n    RESIGNAL;\n  end;\n\n  select "In prod_middle()";\n\n  create temporary table t1(a integer, b integer);\n  select GET_LOCK("user_mutex", 10) into l;\n\n  insert into t1 set a = p1, b = p1;\n\n  call proc_bottom_b(p1);\n\n  select RELEASE_LOCK("user_mutex") into l;\n  drop temporary table t1;\nend
SET @start_global_value = @@global.max_error_count
UPDATE t1, t2\n   SET t1.c1 = t1.c1 + 1,\n       t1.c2 = t1.c1 + 1,\n       t2.c2 = t1.c2 + 1,\n       t2.c2 = t1.c2 + 1
UPDATE v1\n   SET a = 10,\n       a = b+1
CREATE VIEW v1 (a, b) AS SELECT c2, c2 FROM t1
CREATE VIEW v1 (a, b) AS SELECT t1.c1, t2.c1  FROM t1, t2 WHERE t1.c1=t2.c1
UPDATE t1, t2\n   SET t1.c1 = t1.c1 + 1,\n       t1.c2 = t1.c1 + 1,\n       t2.c2 = t1.c2 + 1,\n       t2.c3 = t2.c2 + 1\nWHERE t1.c1=t2.c1
CREATE TABLE assets (\n  item_name VARCHAR(32) PRIMARY KEY,\n  dynamic_col1  BLOB,\n  dynamic_col2  BLOB\n)
DROP TABLE assets
UPDATE ft2 SET copy = UPPER(copy),\n               copy2= copy
create trigger tr before update on t for each row set new.b=10
update t set b=null, a=b
SELECT * FROM t2 WHERE i > 10 AND i <= 18 ORDER BY i LIMIT 5
SELECT * FROM t2 WHERE b = 10 ORDER BY a, c LIMIT 5
SELECT * FROM t2 WHERE b = 10 ORDER BY a, c
SELECT * FROM t2 ORDER BY a, b DESC
SELECT * FROM t2 ORDER BY a DESC, b DESC LIMIT 5
CREATE PROCEDURE p1()\n  SELECT 1
CREATE DEFINER=a@b TRIGGER ti_ai AFTER INSERT ON t1\n  FOR EACH ROW\n    SET @b = 1
CREATE DEFINER=a@b PROCEDURE p2()\n  SELECT 2
select count(*) from information_schema.TABLE_PRIVILEGES
select count(*) from information_schema.USER_PRIVILEGES
set password for bar@foo = password("pass word")
drop user bar@foo
CREATE DEFINER=a PROCEDURE p() SELECT 1
call mtr.add_suppression("Cannot load from mysql.host")
REVOKE ALL ON test.* FROM mysqltest_1@'127.0.0.1/255.255.255.255'
SHOW GLOBAL VARIABLES LIKE 'skip_name_resolve'
drop role r1, r2
SET debug_dbug='+d,simulate_file_write_error'
CREATE TABLE mysql.slow_log (\n  `start_time` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),\n  `user_host` mediumtext NOT NULL,\n  `query_time` time(6) NOT NULL,\n  `lock_time` time(6) NOT NULL,\n  `rows_sent` bigint(20) unsigned NOT NULL,\n  `rows_examined` bigint(20) unsigned NOT NULL,\n  `db` varchar(512) NOT NULL,\n  `last_insert_id` int(11) NOT NULL,\n  `insert_id` int(11) NOT NULL,\n  `server_id` int(10) unsigned NOT NULL,\n  `sql_text` mediumtext NOT NULL,\n  `thread_id` bigint(21) unsigned NOT NULL\n) ENGINE=CSV DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Slow log'
CREATE TABLE mysql.slow_log (\n  `start_time` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),\n  `user_host` mediumtext NOT NULL,\n  `query_time` time(6) NOT NULL,\n  `lock_time` time(6) NOT NULL,\n  `rows_sent` bigint(20) unsigned NOT NULL,\n  `rows_examined` bigint(20) unsigned NOT NULL,\n  `db` varchar(512) NOT NULL,\n  `last_insert_id` int(11) NOT NULL,\n  `insert_id` int(11) NOT NULL,\n  `server_id` int(10) unsigned NOT NULL,\n  `sql_text` mediumtext NOT NULL,\n  `thread_id` bigint(21) unsigned NOT NULL,\n  `rows_affected` bigint(20) unsigned NOT NULL\n) ENGINE=CSV DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci COMMENT='Slow log'
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT * FROM t1;\n  BEGIN\n    DECLARE rec1 ROW TYPE OF cur1 DEFAULT ROW(10,'bbb');\n    SELECT rec1.a, rec1.b;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT * FROM t1;\n  DECLARE cur2 CURSOR FOR SELECT * FROM t2;\n  BEGIN\n    DECLARE rec1 ROW TYPE OF cur1;\n    DECLARE rec2 ROW TYPE OF cur2;\n    SET rec2=rec1;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT * FROM t1;\n  DECLARE cur2 CURSOR FOR SELECT * FROM t2;\n  BEGIN\n    DECLARE rec1 ROW TYPE OF cur1;\n    DECLARE rec2 ROW TYPE OF cur2;\n    SET rec1.a= 10;\n    SET rec1.b= 'bbb';\n    SET rec2=rec1;\n    SELECT rec2.x, rec2.y;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT * FROM t1;\n  DECLARE cur2 CURSOR FOR SELECT * FROM t2;\n  BEGIN\n    DECLARE rec2 ROW TYPE OF cur2;\n    OPEN cur1;\n    FETCH cur1 INTO rec2;\n    CLOSE cur1;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT * FROM t1;\n  DECLARE cur2 CURSOR FOR SELECT * FROM t2;\n  BEGIN\n    DECLARE rec2 ROW TYPE OF cur2;\n    OPEN cur1;\n    FETCH cur1 INTO rec2;\n    SELECT rec2.x, rec2.y;\n    CLOSE cur1;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur CURSOR FOR SELECT * FROM t1, t2;\n  BEGIN\n    DECLARE rec ROW TYPE OF cur;\n    SELECT rec.a;\n    SET rec.a=10;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT a,b FROM t1;\n  BEGIN\n    DECLARE rec1 ROW TYPE OF cur1 DEFAULT ROW(0,'b0');\n    DECLARE cur2 CURSOR FOR SELECT rec1.a AS a, rec1.b AS b FROM t1;\n    BEGIN\n      DECLARE done INT DEFAULT 0;\n      DECLARE rec2 ROW TYPE OF cur2;\n      DECLARE CONTINUE HANDLER FOR NOT FOUND SET done=TRUE;\n      OPEN cur2;\n      read_loop: LOOP\n        FETCH cur2 INTO rec2;\n        IF done THEN\n          LEAVE read_loop;\n        END IF;\n        SELECT rec2.a, rec2.b;\n      END LOOP;\n      CLOSE cur2;\n    END;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT CONCAT(a,b) AS c FROM t1;\n  BEGIN\n    DECLARE rec1 ROW TYPE OF cur1;\n    OPEN cur1;\n    FETCH cur1 INTO rec1;\n    CLOSE cur1;\n    SELECT HEX(rec1.c);\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE cur1 CURSOR FOR SELECT 10, 'b0', 'c0';\n  BEGIN\n    DECLARE rec1 ROW TYPE OF cur1;\n    SELECT * FROM t1 INTO rec1;\n    SELECT rec1.a, rec1.b;\n  END;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec ROW TYPE OF v1;\n  CREATE TABLE t2 AS SELECT rec.a, rec.b, rec.c, rec.d;\n  SHOW CREATE TABLE t2;\n  DROP TABLE t2;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec1 ROW TYPE OF t1 DEFAULT ROW(10,'bbb');\n  SELECT rec1.a, rec1.b;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec1 ROW TYPE OF t1;\n  DECLARE rec2 ROW TYPE OF t2;\n  SET rec2=rec1;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec1 ROW TYPE OF t1;\n  DECLARE rec2 ROW TYPE OF t2;\n  SET rec1=rec2;\nEND;
CREATE PROCEDURE p2()\nBEGIN\n  DECLARE rec1 ROW TYPE OF t1;\n  CALL p1(rec1.a, rec1.b);\n  SELECT rec1.a, rec1.b;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec ROW TYPE OF t1;\n  SELECT rec.c;\nEND;
CREATE TABLE t1 (a INT, b ENUM('b0','b1','b12','b3'))
CREATE TABLE t1 (a INT, b SET('b0','b1','b12','b3'))
CREATE PROCEDURE p1 (a ROW TYPE OF t1)\nBEGIN\n  CREATE TABLE t2 AS SELECT a.a AS a, a.b AS b, a.c AS c;\n  SHOW CREATE TABLE t2;\n  DROP TABLE t2;\nEND;
CREATE TABLE t1 (int11 INT, text0 TEXT)
CREATE TABLE t1 (a TINYINT, b INT)
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE a TYPE OF t1.a DEFAULT 11;\n  CREATE TABLE test.t2 AS SELECT a;\nEND;
CREATE TABLE test1.t1 (a VARCHAR(10))
INSERT INTO t1 (a,b) VALUES (10,'b10')
CREATE VIEW t1 AS SELECT * FROM t0
CREATE TABLE t1 (a INT,b INT)
INSERT INTO t1 VALUES (10,1),(20,2),(30,3),(40,4)
select f1 from t1 limit 1
create table t1 (\n  `id1` int unsigned not null default '0',\n  `id2` int unsigned not null default '0',\n  `link_type` int unsigned not null default '0',\n  `visibility` tinyint not null default '0',\n  `data` varchar(255) not null default '',\n  `time` int unsigned not null default '0',\n  `version` int unsigned not null default '0',\n  primary key (id1, link_type, visibility, id2)\n) default collate=latin1_bin
select unix_timestamp() - @before < @time
drop procedure select_test
USE testdb
CALL p3 ( f2 () )
DROP SCHEMA testdb
DROP FUNCTION db1.f1
CREATE FUNCTION testf_bug11763507() RETURNS INT\nBEGIN\n    RETURN 0;\nEND
CALL TESTP_bug11763507()
SELECT specific_name FROM INFORMATION_SCHEMA.ROUTINES WHERE specific_name='testf_bug11763507'
DROP FUNCTION testf_bug11763507
CREATE TABLE  `t1` (\n  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,\n  `create_ts` int(10) unsigned DEFAULT '0',\n  PRIMARY KEY (`id`)\n) ENGINE=MyISAM AUTO_INCREMENT=0 DEFAULT CHARSET=utf8
DROP PROCEDURE test_5531
CALL p2 (@c,@a)
CREATE OR REPLACE FUNCTION cnt()\nRETURNS INTEGER NO SQL\nBEGIN\n   RETURN 3;\nEND;
DROP FUNCTION cnt
create procedure p1()\nbegin\n  declare found int;\n  repeat\n    set found = exists (select * from information_schema.routines where routine_name='f');\n    if (sys.ps_is_consumer_enabled('events_waits_history_long') = 'yes') then\n        select * from mysql.user;\n    end if;\n    select release_all_locks();\n  until found end repeat;\nend
create function almost_empty()\n    returns int\n  return 0
drop procedure sudoku_solve
DROP PROCEDURE IF EXISTS proc_19194_nested_3
CREATE PROCEDURE proc_19194_nested_3(i int, j int)\nBEGIN\n  DECLARE str_i CHAR(10);\n  DECLARE str_j CHAR(10);\n\n  CASE i\n    WHEN 10 THEN SET str_i="10";\n    WHEN 20 THEN\n    BEGIN\n      set str_i="20";\n      CASE j\n        WHEN 1 THEN SET str_j="1";\n        WHEN 2 THEN SET str_j="2";\n        WHEN 3 THEN SET str_j="3";\n      ELSE SET str_j="unknown";\n      END CASE;\n      select "i was 20";\n    END;\n    WHEN 30 THEN SET str_i="30";\n    WHEN 40 THEN SET str_i="40";\n    ELSE SET str_i="unknown";\n  END CASE;\n\n  SELECT str_i, str_j;\nEND
CALL proc_19194_nested_3(10, 1)
CALL proc_19194_nested_4(10, 1)
CALL proc_19194_nested_4(20, 2)
call proc_26977_works(2)
drop procedure proc_26977_works
show procedure code proc_33618_h
drop procedure p_20906_a
SET SESSION debug_dbug=@save_dbug
SHOW PROCEDURE CODE testp_bug11763507
CREATE OR REPLACE PROCEDURE p1()\nBEGIN\n  DECLARE loopDone TINYINT DEFAULT FALSE;\n  FOR _row IN (SELECT '' AS a) DO\n    SELECT 'start of outerLoop';\n    innerLoop: LOOP\n      SELECT 'start of innerLoop';\n      IF loopDone THEN\n        LEAVE innerLoop;\n      END IF;\n      SET loopDone = TRUE;\n      IF _row.a = 'v1'\n      THEN\n        SELECT 'start of THEN block';\n        ITERATE innerLoop;\n      END IF;\n      SELECT 'end of innerLoop';\n    END LOOP;\n    SELECT 'end of outerLoop';\n  END FOR;\nEND
CREATE TABLE t1 (a INT, b VARCHAR(10)) ENGINE=MyISAM
CREATE PROCEDURE p1(a_a VARCHAR(32), a_b VARCHAR(32))\nBEGIN\n  DECLARE done INT DEFAULT 0;\n  DECLARE v_a VARCHAR(32);\n  DECLARE v_b VARCHAR(32);\n  DECLARE c CURSOR (value_a VARCHAR(32), value_b VARCHAR(32),\n                    pattern_a VARCHAR(32), pattern_b VARCHAR(32)) FOR\n    SELECT value_a, value_b FROM DUAL WHERE value_a LIKE pattern_a\n      UNION\n    SELECT value_b, value_a FROM DUAL WHERE value_b LIKE pattern_b;\n  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done=TRUE;\n  OPEN c((SELECT 'aaa'),(SELECT 'bbb'),(SELECT a_a),(SELECT a_b));\n  read_loop: LOOP\n    FETCH c INTO v_a, v_b;\n    IF done THEN\n      LEAVE read_loop;\n    END IF;\n    SELECT v_a, v_b;\n  END LOOP;\n  CLOSE c;\nEND;
CALL p1('xxx','bbb')
CREATE FUNCTION f1 (a VARCHAR(32)) RETURNS VARCHAR(32)\nBEGIN\n  RETURN CONCAT(a,'y');\nEND;
CREATE PROCEDURE p1(a_a INT)\nBEGIN\n  DECLARE done INT DEFAULT 0;\n  DECLARE v_a INT;\n  DECLARE v_b VARCHAR(10);\n  DECLARE c CURSOR (p_a INT) FOR SELECT a,b FROM t1 WHERE a=p_a;\n  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done=TRUE;\n  OPEN c(a_a);\n  read_loop: LOOP\n    FETCH c INTO v_a, v_b;\n    IF done THEN\n      LEAVE read_loop;\n    END IF;\n    INSERT INTO t2 VALUES (v_a,v_b);\n  END LOOP;\n  CLOSE c;\nEND;
INSERT INTO t1 VALUES (6,'b6')
BEGIN NOT ATOMIC\n  DECLARE cur CURSOR FOR SELECT * FROM t1;\n  FOR rec IN cur\n  DO\n    SELECT rec.a AS a, rec.b AS b;\n  END FOR;\nEND;
create  procedure test_proc()\nbegin\n    declare _cur cursor for select get_name(id) from t1;\n    for row in _cur do select 1; end for;\nend;
call test_proc()
INSERT INTO t () values ()
create procedure bug14233()\n  set @x = 42
create trigger t1_ai after insert on t1 for each row call bug14233()
create view v1 as select bug14233_2()
drop function bug14233_1
CREATE PROCEDURE p2()\n  SET @foo = 10
FLUSH TABLE mysql.procs_priv
create procedure p1() set @foo = 10
UPDATE mysql.proc SET type='FUNCTION' WHERE name='f1' AND db='test'
create procedure p1()\nbegin\n  set @tab_name=concat("tab_", replace(curdate(), '-', '_'));\n  set @drop_sql=concat("drop table if exists ", @tab_name);\n  set @create_sql=concat("create table ", @tab_name, " (a int)");\n  set @insert_sql=concat("insert into ", @tab_name, " values (1), (2), (3)");\n  set @select_sql=concat("select * from ", @tab_name); \n  select @tab_name;\n  select @drop_sql;\n  select @create_sql;\n  select @insert_sql;\n  select @select_sql;\n  prepare stmt_drop from @drop_sql;\n  execute stmt_drop;\n  prepare stmt from @create_sql;\n  execute stmt;\n  prepare stmt from @insert_sql;\n  execute stmt;\n  prepare stmt from @select_sql;\n  execute stmt;\n  execute stmt_drop;\n  deallocate prepare stmt;\n  deallocate prepare stmt_drop;\nend
create procedure p1()\nbegin\n  prepare stmt from 'select ? as a';\n  execute stmt using @a;\nend
create procedure p1()\nbegin\n  declare v_stmt_text varchar(255);\n  declare v_id integer;\n  declare done int default 0;\n  declare c cursor for select id, stmt_text from t1;\n  declare continue handler for 1295 -- ER_UNSUPPORTED_PS\n    set @status='not supported';\n  declare continue handler for 1064 -- ER_SYNTAX_ERROR\n    set @status='syntax error';\n  declare continue handler for sqlstate '02000' set done = 1;\n\n  prepare update_stmt from "update t1 set status=? where id=?";\n  open c;\n  repeat\n    if not done then\n      fetch c into v_id, v_stmt_text;\n      set @id=v_id, @stmt_text=v_stmt_text;\n      set @status="supported";\n      prepare stmt from @stmt_text;\n      execute update_stmt using @status, @id;\n    end if;\n  until done end repeat;\n  deallocate prepare update_stmt;\nend
create function f1() returns int\nbegin\n  deallocate prepare stmt;\n  return 1;\nend
create procedure p1 (a int) language sql deterministic\nbegin\n  declare rsql varchar(100);\n  drop table if exists t1, t2;\n  set @rsql= "create table t1 (a int)";\n  select @rsql;\n  prepare pst from @rsql;\n  execute pst;\n  set @rsql= null;\n  set @rsql= "create table t2 (a int)";\n  select @rsql;\n  prepare pst from @rsql;\n  execute pst;\n  drop table if exists t1, t2;\nend
create table t3 ( x int )
create procedure foo()\n  create procedure bar() set @x=3
create procedure foo()\n  create function bar() returns double return 2.3
alter procedure foo
drop function foo
create procedure foo()\nfoo: loop\n  set @x=2;\nend loop bar
select f(1, 2)
create table t1 (val int, x float)
create procedure u()\n  use sptmp
create procedure p()\nbegin\n  declare x int;\n  declare continue handler for sqlstate '42S99' set x = 1;\n  declare c cursor for select * from t1;\nend
create procedure p(in x int, inout y int, out z int)\nbegin\n  set y = x+y;\n  set z = x+y;\nend
select val, f1(val) from t1
drop procedure bug1965
create table t3 (column_1_0 int)
call bug2259()
create procedure bug2329_1()\nbegin\n  declare v int;\n\n  insert into t1 (v) values (5);\nend
call bug2329_1()
call bug3287(2)
create procedure bug3294()\nbegin\n  declare continue handler for sqlexception drop table t5;\n  drop table t5;\n  drop table t5;\nend
alter procedure bug9566 comment 'Some comment'
drop procedure bug9566
create procedure bug7299()\nbegin\n  declare v int;\n  declare c cursor for select val from t1;\n  declare exit handler for sqlexception select 'Error!'; \n\n  open c;\n  fetch c into v;\nend
create procedure bug9073()\nbegin\n  declare continue handler for sqlexception select 1;\n  declare continue handler for sqlexception select 2;\nend
drop procedure bug9073
drop function bug8408
create procedure bug10537()\n  load data local infile '/tmp/somefile' into table t1
create function bug8409()\n  returns int\nbegin\n  flush tables;\n  return 5;\nend
create function bug8409() returns int begin reset slave;\nreturn 1; end
create function bug8409() returns int begin flush privileges;\nreturn 1; end
create function bug8409() returns int begin flush tables with read lock;\nreturn 1; end
create function bug8409() returns int begin flush logs;\nreturn 1; end
create procedure bug9529_901234567890123456789012345678901234567890123456789012345()\nbegin\nend
create procedure bug17015_0123456789012345678901234567890123456789012345678901234()\nbegin\nend
drop function bug11394
create procedure bug11394(i int, j int)\nbegin\n  if i > 0 then\n    call bug11394(i - 1,(select 1));\n  end if;\nend
call bug11394(2, 1)
CREATE PROCEDURE BUG_12490() HELP CONTENTS
create function bug11834_2() returns int return bug11834_1()
prepare stmt from "select bug11834_2()"
CREATE FUNCTION bug12995() RETURNS INT\nBEGIN\n  HANDLER t1 OPEN;\n  RETURN 1;\nEND
CREATE FUNCTION bug12995() RETURNS INT\nBEGIN\n  HANDLER t1 READ FIRST;\n  RETURN 1;\nEND
set @au = @@autocommit
create procedure bug9367()\nbegin\n  declare v int;\n  declare c cursor for select s1 from t1;\n  open c;\n  show warnings;\n  fetch c into v;\n  select v;\nend
create procedure bug13510_4()\nbegin\n  declare names varchar(10);\n\n  set `names` = 'foo4';\n  select names;\nend
CREATE FUNCTION bug_13627_f() returns int BEGIN DROP TRIGGER test1; return 1; END
CREATE TRIGGER tr1 BEFORE INSERT ON t1 FOR EACH ROW BEGIN rename table t1 to t2; END
CREATE FUNCTION bug_13627_f() returns int BEGIN rename user 'mysqltest_2' to 'mysqltest_1'; return 1; END
create function bug12329() returns int return (select a from t1)
CREATE PROCEDURE bug13012_1() REPAIR TABLE t1
drop function bug11555_1
drop function bug11555_2
create procedure ``() select 1
create procedure ` `() select 1
create procedure `x `.bug15658() select 1
create procedure ` bug15658`() select 1
call ` bug15658`()
CREATE FUNCTION bug18914_f2() RETURNS INT\nBEGIN\n  CALL bug18914_p2();\n  RETURN 1;\nEND
drop table bogus_table_20713
create function func_25345() returns int(11)\nbegin\n  call proc_25345();\n  return 1;\nend
create function func_25345_b() returns int(11)\nbegin\n  declare c1 cursor for select a from table_25345_a;\n  declare c2 cursor for select b from table_25345_b;\n\n  return 1;\nend
call proc_25345()
select func_25345_b()
drop table table_25345_b
drop procedure proc_25345
create function bug16164() returns int\nbegin\n  show authors;\n  return 42;\nend
create procedure proc_26503_error_4()\nbegin\nretry:\n  repeat\n    begin\n      declare continue handler for sqlexception\n        leave retry;\n\n      select "do something";\n    end\n  until true end repeat retry;\nend
CREATE PROCEDURE proc_28360()\nBEGIN\n  ALTER DATABASE `#mysql50#upgrade-me` UPGRADE DATA DIRECTORY NAME;\nEND
SELECT inexistent(), 1 + ,
SELECT inexistent()
create procedure proc_36510()\nbegin\n  declare should_be_illegal condition for sqlstate '00123';\n  declare continue handler for should_be_illegal set @x=0;\nend
create procedure proc_36510()\nbegin\n  declare should_be_illegal condition for 0;\n  declare continue handler for should_be_illegal set @x=0;\nend
INSERT INTO t1 SELECT * FROM (SELECT 2 AS f1, 2 AS f2) AS A WHERE func_1() = 5
CREATE TABLE t1 (pk INT, b INT, KEY (b))
CREATE PROCEDURE p1 (a int) UPDATE IGNORE v1 SET b = a
CALL p1(7)
CALL very_long_pr_name_1111111111111111111111111111111111111111111111111111111111111111111111111222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222225555555555555555555555555577777777777777777777777777777777777777777777777777777777777777777777777788888888999999999999999999999()
CREATE PROCEDURE p1()\n  BEGIN\n    SELECT CAST('10 ' as unsigned integer);\n    SELECT 1;\n    CALL p2();\n  END
CREATE PROCEDURE p2()\n  BEGIN\n    SELECT CAST('10 ' as unsigned integer);\n  END
CREATE PROCEDURE p1()\n  BEGIN\n    DECLARE c INT DEFAULT 0;\n    DECLARE CONTINUE HANDLER FOR SQLSTATE '22007' SET c = c + 1;\n    CALL p2();\n    CALL p3();\n    CALL p4();\n    SELECT c;\n    SELECT @@warning_count;\n    SHOW WARNINGS;\n  END
CREATE PROCEDURE p4()\n  BEGIN\n    SELECT CAST('10 ' as unsigned integer);\n    CALL p2();\n  END
CREATE PROCEDURE p5()\n  BEGIN\n    SELECT CAST('10 ' as unsigned integer);\n    SHOW WARNINGS;\n  END
SET sql_mode = traditional
CREATE TRIGGER t1_ai AFTER INSERT ON t1 FOR EACH ROW\n  INSERT IGNORE INTO t2(d, e, f) VALUES(99999, 99999, 99999)
CREATE TABLE t2(a SMALLINT, b SMALLINT, c SMALLINT NOT NULL)
CREATE PROCEDURE p2()\nBEGIN\n  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION\n    SELECT 'H1' AS HandlerId;\n\n  DECLARE CONTINUE HANDLER FOR SQLWARNING\n    SELECT 'H2' AS HandlerId;\n\n  BEGIN\n\n    SELECT 'B1' AS BlockId;\n    BEGIN\n\n      SELECT 'B2' AS BlockId;\n      BEGIN\n        SELECT 'B3' AS BlockId;\n        SIGNAL SQLSTATE '01000'; # Should be handled by H2.\n      END;\n\n    END;\n\n  END;\n\nEND
CREATE PROCEDURE p4()\nBEGIN\n  DECLARE CONTINUE HANDLER FOR 1292\n    SELECT 'Warning 1292 caught' AS msg;\n\n  DECLARE CONTINUE HANDLER FOR 1264\n    SELECT 'Warning 1264 caught' AS msg;\n\n\n  INSERT INTO t2\n  SELECT\n    CAST(999999 AS SIGNED INTEGER),\n    CAST(CONCAT(CAST('2 ' AS UNSIGNED INTEGER), '999999  ') AS SIGNED INTEGER),\n    CAST(CONCAT(CAST('3 ' AS UNSIGNED INTEGER), '999999  ') AS SIGNED INTEGER);\nEND
CREATE PROCEDURE p5()\nBEGIN\n  DECLARE EXIT HANDLER FOR 1292\n  BEGIN\n    SELECT 'Handler for 1292 (1)' AS Msg;\n    SIGNAL SQLSTATE '01000' SET MYSQL_ERRNO = 1234;\n    SHOW WARNINGS;\n    SELECT 'Handler for 1292 (2)' AS Msg;\n  END;\n\n  INSERT IGNORE INTO t2\n  SELECT\n    CAST(999999 AS SIGNED INTEGER),\n    CAST(CONCAT(CAST('2 ' AS UNSIGNED INTEGER), '999999  ') AS SIGNED INTEGER),\n    CAST(CONCAT(CAST('3 ' AS UNSIGNED INTEGER), '999999  ') AS SIGNED INTEGER);\nEND
CREATE PROCEDURE p2()\nBEGIN\n  DECLARE EXIT HANDLER FOR SQLWARNING SELECT 'H2';\n  CALL p1();\nEND
SET SESSION max_error_count= 0
SET SESSION max_error_count= @old_max_error_count
CREATE FUNCTION f1() RETURNS INTEGER\nBEGIN\n  DECLARE v VARCHAR(5) DEFAULT -1;\n  SELECT b FROM t1 WHERE a = 2 INTO v;\n  RETURN v;\nEND
CREATE FUNCTION f2() RETURNS INTEGER\nBEGIN\n  DECLARE v INTEGER;\n\n  DECLARE CONTINUE HANDLER FOR NOT FOUND\n    SET @msg = 'Handler activated.';\n\n  SELECT f1() INTO v;\n\n  RETURN v;\nEND
PREPARE stmt FROM @cmd
BEGIN NOT ATOMIC\n  REPEAT\n    SELECT 1;\n  UNTIL EXISTS (SELECT * FROM t1 WHERE a=1)\n  END REPEAT;\nEND;
BEGIN NOT ATOMIC\n  DECLARE a INT DEFAULT ((10) IN (SELECT * FROM t1));\n  SELECT a;\nEND;
create table t3 ( f bigint unsigned not null )
drop procedure fib
SELECT f1(1, 3, 2) FROM DUAL
CALL forIterateBug
CREATE TABLE t1 (\n  pk INT, \n  f0 INT, f1 INT, f2 INT, f3 INT, f4 INT, \n  f5 INT, f6 INT, f7 INT, f8 INT, f9 INT, \n  PRIMARY KEY (pk)\n)
CREATE TABLE C (\n    pk INTEGER AUTO_INCREMENT,\n    col_int_nokey INTEGER,\n    col_int_key INTEGER,\n    col_date_key DATE,\n    col_date_nokey DATE,\n    col_time_key TIME,\n    col_time_nokey TIME,\n    col_datetime_key DATETIME,\n    col_datetime_nokey DATETIME,\n    col_varchar_key VARCHAR(1),\n    col_varchar_nokey VARCHAR(1),\n    PRIMARY KEY (pk)\n) ENGINE=MyISAM
CREATE VIEW view_AA AS SELECT * FROM AA
INSERT INTO `view_A` ( `pk` ) VALUES (NULL)
INSERT INTO `view_AA` ( `i` ) VALUES (1)
CREATE VIEW v2 AS SELECT f1(a) AS v2 FROM t1
CREATE VIEW v4 AS SELECT f1(a) AS v4 FROM t1
SET @@lock_wait_timeout= 1
DROP PROCEDURE IF EXISTS test_proc
CREATE PROCEDURE add_proc(IN a INT, IN b INT, INOUT c INT, OUT d INT)\nBEGIN\n  SET d= a + b + c + d;\nEND;
SET @b = 3
SELECT add_func2(@a, @b)
DROP FUNCTION add_func3
SET @d = 9
SELECT add_func4(@a, @b, @c, @d)
SELECT @a, @b, @c
DROP FUNCTION func_sub
CREATE PROCEDURE proc_main(IN a INT, IN b INT, INOUT c INT, OUT d INT)\nBEGIN\n  DECLARE res INT;\n  SET res = func_sub(d, a, b, c);\n  SET d = d + c + res;\nEND;
SET @d= 0
CREATE FUNCTION func_sub1(INOUT c INT, IN b INT) RETURNS INT\nBEGIN\n  SET c = c + b;\n  RETURN 0;\nEND;
SET @b = 6
CREATE TABLE Persons (\n    ID int,\n    Name varchar(255),\n    Age int\n)
INSERT INTO Persons VALUES (3, 'CCC', 30)
SET @a = 5
CREATE FUNCTION func(IN a INT) RETURNS INT\nBEGIN\n  RETURN a;\nEND;
SELECT func_main(@a)
SET @b = 0
INSERT INTO Persons VALUES (1, 'AAA', 80)
CREATE FUNCTION func_sub(IN a INT, OUT b INT) RETURNS INT\nBEGIN\n  UPDATE Persons SET AGE = 10 WHERE ID = a;\n  SELECT AGE INTO b FROM Persons WHERE ID = a;\n  RETURN 0;\nEND;
CREATE FUNCTION func_sub(IN a INT, OUT b INT) RETURNS INT\nBEGIN\n  INSERT INTO Persons VALUE (a, 'FFF', 60);       \n  SELECT AGE INTO b FROM Persons WHERE ID = a;       \n  RETURN 0;\nEND;
CREATE PROCEDURE proc_main(IN a INT, OUT b INT)\nBEGIN\n  SET b = func_sub(a);\nEND;
SET @b = 1
CREATE FUNCTION func_sub(IN a INT, INOUT c INT) RETURNS INT\nBEGIN\n  DECLARE res INT;\n  INSERT INTO Persons VALUE (a, 'HHH', 70);\n  SET c = c * 100;\n  RETURN res;\nEND;
CREATE FUNCTION func_sub(IN a INT) RETURNS INT\nBEGIN\n  UPDATE Persons SET AGE = 100 WHERE ID = a;\n  RETURN 0;\nEND;
INSERT INTO Persons VALUES (6, 'GGG', 100)
DROP TABLE PersonsLog
CREATE FUNCTION func(IN a INT) RETURNS INT\nBEGIN\n  UPDATE PersonsLog SET UpdateCount = UpdateCount+a;\n  RETURN 0;\nEND;
UPDATE Persons SET Age = 30 WHERE ID = 1
CREATE OR REPLACE TRIGGER my_trigger\nAFTER UPDATE ON Persons\nFOR EACH ROW\nBEGIN\n  DECLARE a INT;\n  DECLARE res INT;\n  SET a = 10;\n  SET res = 0;\n  SET res = func(a);\nEND;
UPDATE Persons SET Age = 60 WHERE ID = 1
DROP PROCEDURE proc
CREATE PROCEDURE proc(INOUT a INT)\nBEGIN\n  UPDATE PersonsLog SET UpdateCount = UpdateCount+1;\n  SET a = 51;\nEND;
CREATE FUNCTION func(OUT a INT) RETURNS INT\nBEGIN\n  SET a = 200;\n  UPDATE PersonsLog SET UpdateCount = UpdateCount+1;\n  RETURN 0;\nEND;
UPDATE Persons SET Age = 80 WHERE ID = 1
alter procedure p1 comment 'changed comment'
prepare stmt from "call p4()"
create function f1() returns int\nbegin\n  declare v_out int;\n  call p1(v_out);\n  return v_out;\nend
create function f2() returns int\nbegin\n  if @var is null then\n    call p1();\n  end if;\n  return 1;\nend
create procedure p1()\nbegin\n  select f1() into @var;\n  select f2() into @var;\nend
create function f4() returns int return  4
select @exec_count
set @@session.max_sp_recursion_depth=5
BEGIN NOT ATOMIC\n  REPEAT SELECT 1; UNTIL SCALAR() expected_END_here;\nEND
show procedure code foo
CREATE PROCEDURE sp1() SELECT 1
create procedure sp2()\nbegin\n  create temporary table t1 (a int);\n  insert into t1 values(1);\n  call sp1();\n  select 't1', a from t1;\n  select 't2', a from t2;\n  drop table t1;\n  drop table t2;\nend
create procedure sp4()\nbegin \n  select * from t2;\n  call sp3();\nend
create function f2(ab int) returns int\nbegin\n  declare i int;\n  set i= (select max(a) from t2 where a < ab) ;\n  return i;\nend
drop function if exists bug15683
drop function if exists bug19634
create table t1 (id int, data int)
create function bug19634() returns int return (select count(*) from t3)
drop function if exists f_bug22427
create table t1 select f_bug22427() as i
drop function f_bug22427
INSERT INTO t2 values(4)
CREATE TABLE t2 (fld3 INT, fld4 CHAR(1))
create procedure sp1()\nbegin\n  drop table if exists t1, t2;\n  create temporary table t1 select 1 v;\n  create table t2 (col varchar(45)) select distinct col from (select sf1() as col from t1) t;\nend
create function sf1() returns text return 'blah'
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE a INT;\n  SELECT a.x FROM a;\n  SELECT a.x FROM t1 a;\nEND;
CREATE FUNCTION f1(a INT) RETURNS INT\nBEGIN\n  RETURN a;\nEND;
CREATE OR REPLACE PROCEDURE p1()\nBEGIN\n  DECLARE rec1,rec2,rec3 ROW(a INT,b INT);\n  SET rec1.a= 1;\n  SET rec1.b= 2;\n  SET rec2.a= 11;\n  SET rec2.b= 12;\n  SET rec3.a= 11;\n  SET rec3.b= 12;\n  SELECT rec1=rec2, rec2=rec1, rec2=rec3, rec3=rec2;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  SET a.b=1;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec ROW(a VARCHAR(10));\n  SET rec.a= '10';\n  SELECT * FROM t1 LIMIT rec.a;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec1, rec2, rec3 ROW(a VARCHAR(10) CHARACTER SET utf8);\n  CREATE TABLE t1 AS SELECT rec1.a, rec2.a, rec3.a;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE rec1 ROW(a INT, b VARCHAR(32));\n  SELECT * FROM t1 INTO rec1, rec1;\n  SELECT rec1.a, rec1.b;\nEND;
CREATE FUNCTION f0(a ROW(a INT,b INT)) RETURNS BOOLEAN\nBEGIN\n  RETURN FALSE;\nEND;
PREPARE s0 FROM 'SELECT f0(?)'
DROP FUNCTION f0
CREATE TRIGGER test.tr1 BEFORE INSERT ON test.t1 FOR EACH ROW\nBEGIN\n  DECLARE b TYPE OF db1.t1.b DEFAULT 20;\n  SET NEW.b = 10;\nEND
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE a TYPE OF db1.t1.a DEFAULT 10;\n  SELECT a;\nEND;
CREATE FUNCTION f1() RETURNS INT\nBEGIN\n  DECLARE a TYPE OF db1.t1.a DEFAULT 0;\n  RETURN OCTET_LENGTH(a);\nEND;
GRANT SELECT (a) ON db1.t1 TO user1
use db1_secret
show procedure status like 'stamp'
create function db() returns varchar(64)\nbegin\n  declare v varchar(64);\n\n  select u into v from t1 limit 1;\n\n  return v;\nend
select db1_secret.db()
drop function db1_secret.db
select type,db,name from mysql.proc where db like 'db%'
delete from mysql.user where user='' and host='%'
delete from mysql.procs_priv where user='user1' or user='user2'
create user userc@localhost
create database sptest
drop procedure sptest.p1
call sptest.p1(4)
revoke all privileges on procedure sptest.p1 from userb@localhost
drop database sptest
drop function if exists bug_9503
grant execute on function bug_9503 to user1@localhost
create user user_bug12812@localhost IDENTIFIED BY 'ABC'
drop function bug12812
create user user1_bug14834@localhost identified by ''
create user user2_bug14834@localhost identified by ''
create user user3_bug14834@localhost identified by ''
desc db_bug14533.t1
drop user user_bug14533@localhost
drop database db_bug14533
CREATE DEFINER='a @ b @ c'@localhost FUNCTION wl2897_f3() RETURNS INT RETURN 3
SHOW CREATE FUNCTION wl2897_f3
SHOW CREATE PROCEDURE test.sp19857
DROP PROCEDURE IF EXISTS p_suid
CREATE DEFINER=mysqltest_u1@localhost FUNCTION f_evil () RETURNS INT\n  SQL SECURITY INVOKER\nBEGIN\n  SET @a:= CURRENT_USER();\n  SET @b:= (SELECT COUNT(*) FROM t1);\n  RETURN @b;\nEND
DROP PROCEDURE p_suid
CREATE FUNCTION `f_Test`() RETURNS INT RETURN 123
SELECT f_Test()
SELECT `f_Test`()
SELECT F_TEST()
drop database if exists mysqltest_db
create user bug57061_user@localhost
create procedure mysqltest_db.p1() begin end
drop function if exists mysqltest_db.f_does_not_exist
drop user bug57061_user@localhost
DROP USER user2@localhost
grant all privileges on *.* to u1@localhost with grant option
call bug4934()
create procedure bug9486()\n  update t1, t2 set val= 1 where id1=id2
drop procedure bug9486
drop procedure if exists bug11158
create view v1 as select bug11554() as f
drop function if exists bug17615
drop function bug17615
SHOW CREATE FUNCTION f
DROP FUNCTION IF EXISTS sp_vars_check_ret2
CALL sp_vars_check_assignment()
SET @@sql_mode = 'traditional'
DROP FUNCTION sp_vars_check_ret2
CREATE TABLE t1(col BIGINT UNSIGNED)
INSERT INTO t1 VALUE(18446744073709551614)
CREATE TABLE t1(b BIT(1))
INSERT INTO t1(b) VALUES(b'0'), (b'1')
CREATE TABLE table_12976_a (val bit(1))
INSERT table_12976_a VALUES (0)
call proc_12976_b('A', @ep, @msg)
CREATE PROCEDURE p3()\nBEGIN\n  DECLARE v CHAR(5) DEFAULT 'abcdef';\n  SELECT v LIKE 'abc___';\nEND
CREATE PROCEDURE p5(arg CHAR(2))\nBEGIN\n    DECLARE var CHAR(1);\n    SET var := arg;\n    SELECT arg, var;\nEND
CREATE PROCEDURE p6(arg DECIMAL(2))\nBEGIN\n    DECLARE var DECIMAL(1);\n    SET var := arg;\n    SELECT arg, var;\nEND
CALL p6(10)
CREATE TABLE t1(col VARCHAR(255))
CREATE FUNCTION f1(arg VARCHAR(255)) RETURNS VARCHAR(255)\nBEGIN\n  DECLARE v1 VARCHAR(255);\n  DECLARE v2 VARCHAR(255);\n\n  SET v1 = CONCAT(LOWER(arg), UPPER(arg));\n  SET v2 = CONCAT(LOWER(v1), UPPER(v1));\n\n  INSERT INTO t1 VALUES(v1), (v2);\n\n  RETURN CONCAT(LOWER(arg), UPPER(arg));\nEND
CREATE FUNCTION f1(arg ENUM('a', 'b')) RETURNS ENUM('c', 'd')\nBEGIN\n  RETURN arg;\nEND
CALL p1('c')
CALL p1('t')
CALL p2('t')
CALL p1((1, 2))
CALL p1((SELECT col1, col2 FROM t1 LIMIT 1))
CALL p1('abcdef')
SELECT f1('ABCDEF')
CALL bug27415_text_test('a,b,c')
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE a YEAR;\n  CREATE OR REPLACE TABLE t1 AS SELECT a;\n  SHOW CREATE TABLE t1;\n  DROP TABLE t1;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE a INT;\n  SET a=(SELECT 1 ORDER BY unknown_ident);\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE a INT;\n  SET a=(SELECT unknown_ident FROM dual)+a;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE a INT;\n  SET a=(SELECT (SELECT unknown_ident)+(SELECT c1 FROM t1));\nEND;
CREATE PROCEDURE p1(a INT)\nBEGIN\n  DECLARE res INT DEFAULT 0;\n  SET res=(VALUES(1),(unknown_ident));\nEND;
CREATE PROCEDURE p1(a INT)\nBEGIN\n  DECLARE res INT DEFAULT 0;\n  SET res=(VALUES(1),((SELECT c1 FROM t1)));\nEND;
create table t1 (\n\tid   char(16) not null default '',\n        data int not null\n)
create table t2 (\n\ts   char(16),\n        i   int,\n\td   double\n)
create procedure foo42()\n  insert into test.t1 values ("foo", 42)
drop procedure two
create procedure locset(x char(16), y int)\nbegin\n  declare z1, z2 int;\n  set z1 = y;\n  set z2 = z1+2;\n  insert into test.t1 values (x, z2);\nend
select * from t1 order by data
drop procedure nullset
select id,data,@z from t1
create procedure zip(x char(16), y int)\nbegin\n  declare z int;\n  call zap(y, z);\n  call bar(x, z);\nend
create procedure zap(x int, out y int)\nbegin\n  declare z int;\n  set z = x+1, y = z;\nend
drop procedure bar
create procedure c1(x int)\n  call c2("c", x)
call c1(42)
drop procedure c3
create procedure inc2(x char(16), y int)\nbegin\n  call inc(y);\n  insert into test.t1 values (x, y);\nend
drop procedure inc2
drop procedure inc
drop procedure cbv1
create procedure sub1(id char(16), x int)\n  insert into test.t1 values (id, x)
create procedure f(x int)\nif x < 0 then\n  insert into test.t1 values ("f", 0);\nelseif x = 0 then\n  insert into test.t1 values ("f", 1);\nelse\n  insert into test.t1 values ("f", 2);\nend if
call f(-2)
call g(1)
call i(3)
insert into t1 values ("foo", 3), ("bar", 19)
create procedure sel2()\nbegin\n  select * from t1 order by data;\n  select * from t2 order by s;\nend
insert into t1 values ("into3", 19)
call into_test4()
call create_select("cs", 90)
select inc(1), inc(99), inc(-71)
select append("foo", "bar")
insert into t2 values (append("a", "b"), mul(2,mul(3,4)), fun(1.7, 4, 6))
select * from t2 where i = mul(4,3) or i = mul(mul(3,4),2) order by i
drop function e
alter function chistics\n   no sql\n   comment 'Characteristics function test'
drop database sp_db3
update t1 set data=42 where id = "b";\nselect row_count()
insert into t2 values ("a", 1, 1.0), ("b", 2, 2.0), ("c", 3, 3.0)
select f1(), f3()
select s, f4() from t2 order by s
select f5(2)
create view v0 as select f0()
create function f10() returns int\nbegin\n  drop temporary table if exists t3;\n  create temporary table t3 (id int);\n  insert into t3 select id from t4;\n  return (select count(*) from t3);\nend
select f11()
create function f12_1() returns int\nbegin\n  drop temporary table if exists t3;\n  create temporary table t3 (id int);\n  insert into t3 values (1), (2), (3);\n  return f12_2();\nend
drop function f12_2
create table t3 (n int unsigned not null primary key, f bigint unsigned)
create procedure ip(m int unsigned)\nbegin\n  declare p bigint unsigned;\n  declare i int unsigned;\n\n  set i=45, p=201;\n\n  while i < m do\n    begin\n      declare pp bool default 0;\n\n      call opp(p, pp);\n      if pp then\n        insert into test.t3 values (i, p);\n        set i = i+1;\n      end if;\n      set p = p+2;\n    end;\n  end while;\nend
show procedure status where name like '%p%' and db='test'
call ip(200)
drop procedure opp
alter procedure bar comment "2222222222" sql security definer
select getcount(id) from t1 where data = 3
create procedure h_es()\n    deterministic\nbegin\n  declare continue handler for 1062 -- ER_DUP_ENTRY\n    select 'Outer (good)' as 'h_es';\n\n  begin\n    declare continue handler for sqlstate '23000'\n      select 'Inner (bad)' as 'h_es';\n\n    insert into t3 values (1);\n  end;\nend
create procedure h_ex()\n    deterministic\nbegin\n  declare continue handler for 1062 -- ER_DUP_ENTRY\n    select 'Outer (good)' as 'h_ex';\n\n  begin\n    declare continue handler for sqlexception\n      select 'Inner (bad)' as 'h_ex';\n\n    insert into t3 values (1);\n  end;\nend
create procedure h_ss()\n    deterministic\nbegin\n  declare continue handler for sqlstate '23000' \n    select 'Outer (bad)' as 'h_ss';\n\n  begin\n    declare continue handler for sqlstate '23000' \n      select 'Inner (good)' as 'h_ss';\n\n    insert into t3 values (1);\n  end;\nend
create procedure h_nn()\n    deterministic\nbegin\n  declare continue handler for not found\n    select 'Outer (bad)' as 'h_nn';\n\n  begin\n    declare x int;\n    declare continue handler for not found\n      select 'Inner (good)' as 'h_nn';\n\n    select a into x from t3 where a = 42;\n  end;\nend
create procedure h_xe()\n    deterministic\nbegin\n  declare continue handler for sqlexception\n    select 'Outer (bad)' as 'h_xe';\n\n  begin\n    declare continue handler for 1062 -- ER_DUP_ENTRY\n      select 'Inner (good)' as 'h_xe';\n\n    insert into t3 values (1);\n  end;\nend
call h_se()
call h_sw()
call h_xe()
drop procedure h_ns
drop procedure h_ws
call bug1495()
drop procedure bug1495
create table t70 (s1 int,s2 int)
create procedure bug1656(out p1 int, out p2 int)\n  select * into p1, p1 from t70
create procedure bug1862()\nbegin\n  insert into t3 values(2);    \n  flush tables;\nend
call bug1862()
create procedure bug2260()\nbegin\n  declare v1 int;\n  declare c1 cursor for select data from t1;\n  declare continue handler for not found set @x2 = 1;\n\n  open c1;\n  fetch c1 into v1;\n  set @x2 = 2;\n  close c1;\nend
create procedure bug2267_3()\nbegin\n  show create procedure bug2267_1;\nend
drop procedure bug2267_1
drop function bug2674
call Bug3259_2()
call bUG3259_3()
drop procedure BUG3259_3
drop function bug2772
create procedure bug2776_2(out x int)\nbegin\n  declare v int default 42;\n\n  set v = default;\n  set x = v;\nend
drop procedure bug1863
create table t3 ( \n  OrderID  int not null,\n  MarketID int,\n  primary key (OrderID)\n)
drop procedure bug2656_1
drop procedure bug2656_2
alter procedure bug3426 sql security invoker
create table t3 (\n  id int unsigned auto_increment not null primary key,\n  title VARCHAR(200),\n  body text,\n  fulltext (title,body)\n)
create procedure bug2564_2()\n  insert into "t1" values ('foo', 1)
create function bug2564_4(x int, y int) returns int\n  return x || y
select bug3132('Bob') union all select bug3132('Judy')
create procedure bug3843()\n  analyze table t1
call bug3843()
create table t3 ( s1 char(10) )
drop procedure bug4579_2
create table t3 (f1 int, f2 int, f3 int)
create procedure bug4318()\n  handler t3 read next
handler t3 close
create table t3 (s1 char character set latin1, s2 char character set latin2)
create procedure bug5287(param1 int)\nlabel1:\n  begin\n    declare c cursor for select 5;\n\n    loop\n      if param1 >= 0 then\n        leave label1;\n      end if;\n    end loop;\nend
drop procedure bug5307
call bug5258_aux()
select bug4487()
insert into t2 values (null, null, null)
set @x = 42
create function bug6022(x int) returns int\nbegin\n  if x < 0 then\n    return 0;\n  else\n    return bug6022(x-1);\n  end if;\nend
create procedure bug7013()\n  select s1,count(s1) from t3 group by s1 with rollup
drop procedure bug7013
create table t4 (\n  a mediumint(8) unsigned not null auto_increment,\n  b smallint(5) unsigned not null,\n  c char(32) not null,\n  primary key  (a)\n) engine=myisam default charset=latin1
drop procedure bug7743
create procedure bug7992_1()\nbegin\n  declare i int;\n  select max(s1)+1 into i from t3;\nend
drop procedure bug7992_2
create procedure bug6857()\nbegin\n  declare t0, t1 int;\n  declare plus bool default 0;\n  set t0 = unix_timestamp();\n  select sleep(1.1);\n  set t1 = unix_timestamp();\n  if t1 > t0 then\n    set plus = 1;\n  end if;\n  select plus;\nend
create function bug5240 () returns int\nbegin\n  declare x int;\n  declare c cursor for select data from t1 limit 1;\n\n  open c;\n  fetch c into x;\n  close c;\n  return x;\nend
select id, bug5240() from t1
call bug8937()
call bug6129()
set @@sql_mode= "NO_ZERO_IN_DATE"
select @sptmp
drop procedure bug9674_1
call bug9598_2('Test',2,3,4,5)
insert into t1 values ("qc", 42)
select bug8861(05)
insert into t1 values ('secret', 0)
drop procedure bug5963_1
select bug9559()
create procedure bug10961()\nbegin\n  declare v char;\n  declare x int;\n  declare c cursor for select * from dual;\n  declare continue handler for sqlexception select x;\n\n  set x = 1;\n  open c;\n  set x = 2;\n  fetch c into v;\n  set x = 3;\n  close c;\nend
CREATE TABLE tt2 (a2 int, data2 varchar(10))
INSERT INTO tt1 VALUES (1, 1, 4, 'xx')
CREATE VIEW tv AS\nSELECT tt1.*, tt2.data2, tt3.data3\n  FROM tt1 INNER JOIN tt2 ON tt1.a2 = tt2.a2\n         LEFT JOIN tt3 ON tt1.a3 = tt3.a3\n    ORDER BY tt1.a1, tt2.a2, tt3.a3
CALL bug6866(1)
create procedure bug10136()\nbegin\n  declare done int default 3;\n\n  repeat\n    select * from t3;\n    set done = done - 1;\n  until done <= 0 end repeat;\n\nend
create procedure bug11529()\nbegin\n  declare c cursor for select id, data from t1 where data in (10,13);\n\n  open c;\n  begin\n    declare vid char(16);\n    declare vdata int;\n    declare exit handler for not found begin end;\n\n    while true do\n      fetch c into vid, vdata;\n    end while;\n  end;\n  close c;\nend
set character set utf8
set @@sort_buffer_size = 2000000
call bug8692()
create function bug10055(v char(255)) returns char(255) return lower(v)
drop function f_bug11247
insert into t3 values (1),(2),(3),(4)
call bug12168('b')
create procedure bug12849_1(inout x char) select x into x
create procedure bug12379_1()\nbegin\n   declare exit handler for sqlexception select 42;\n\n   select bug12379();\nEND
select 4
drop procedure bug12979_1
create procedure bug12589_2()\nbegin\n  declare spv1 decimal(6,3);\n  set spv1= 123.456;\n\n  create temporary table tm1 as select spv1;\n  show create table tm1;\n  drop temporary table tm1;\nend
call bug12589_2()
drop procedure bug7049_1
drop procedure bug7049_3
drop function bug7049_1
CALL bug13095('bug13095_t1')
DROP PROCEDURE bug13095
show create procedure bug14723
drop procedure bug13549_1
create procedure bug10100p(prm int, inout res int)\nbegin\n  set res = res * prm;\n  if prm > 1 then\n    call bug10100p(prm - 1, res);  \n  end if;\nend
select bug10100f(3)
call bug13729()
create procedure bug14643_1()\nbegin\n  declare continue handler for sqlexception select 'boo' as 'Handler';\n\n  begin\n    declare v int default undefined_var;\n\n    if v = 1 then\n      select 1;\n    else\n      select v, isnull(v);\n    end if;\n  end;\nend
drop procedure bug14304
create procedure bug14376()\nbegin\n  declare x int default 42;\n\n  begin\n    declare x int default x;\n\n    select x;\n  end;\nend
call bug5967("a - stored procedure parameter")
drop procedure bug13012
create schema mysqltest3
create procedure bug14498_2()\nbegin\n  declare continue handler for sqlexception select 'error' as 'Handler';\n\n  while v do\n    select 'yes' as 'v';\n  end while;\n  select 'done' as 'End';\nend
create procedure bug15231_5()\nbegin\n  declare exit handler for sqlwarning\n    select 'Caught it (wrong)' as 'Result';\n\n  call bug15231_6();\nend
drop procedure bug15231_4
drop procedure bug17476
insert into t3 values\n  (' '),('.'),(';'),(','),('-'),('_'),('('),(')'),('/'),('\\\\')
create procedure bug16887()\nbegin\n  declare i int default 10;\n\n again:\n  while i > 0 do\n  begin\n    declare breakchar varchar(1);\n    declare done int default 0;\n    declare t3_cursor cursor for select c from t3;\n    declare continue handler for not found set done = 1;\n\n    set i = i - 1;\n    select i;\n\n    if i = 3 then\n      iterate again;\n    end if;\n\n    open t3_cursor;\n\n    loop\n      fetch t3_cursor into breakchar;\n\n      if done = 1 then\n        begin\n          close t3_cursor;\n          iterate again;\n        end;\n      end if;\n     end loop;\n   end;\n   end while;\nend
call bug16474_1()
drop procedure bug16474_1
drop function bug15728
create database bug18344_0123456789012
use bug18344_0123456789012
DROP PROCEDURE bug18589_p2
DROP PROCEDURE bug18037_p1
call bug15217()
DROP PROCEDURE bug21013
SELECT dtd_identifier\nFROM INFORMATION_SCHEMA.ROUTINES\nWHERE ROUTINE_SCHEMA = "mysqltest1" AND ROUTINE_NAME = "bug16211_f1"
SELECT CHARSET(mysqltest2.bug16211_f3())
SELECT CHARSET(mysqltest2.bug16211_f4())
create procedure bug8153_proc_a()\nbegin\n  declare continue handler for sqlexception\n  begin\n    select 'in continue handler';\n  end;\n\n  select 'reachable code a1';\n  call bug8153_proc_b();\n  select 'reachable code a2';\nend
create procedure bug8153_proc_b()\nbegin\n  select 'reachable code b1';\n  select no_such_function();\n  select 'unreachable code b2';\nend
CREATE DEFINER=longer_than_80_456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789@localhost PROCEDURE bug16899_p1()\nBEGIN\n  SET @a = 1;\nEND
call това_е_дълго_име_за_база_данни_нали.това_е_процедура_с_доста_дълго_име_нали_и_още_по_дълго()
CREATE FUNCTION bug21493(paramMember VARCHAR(15)) RETURNS varchar(45)\nBEGIN\nDECLARE tracks VARCHAR(45);\nSELECT GROUP_CONCAT(Track SEPARATOR ', ') INTO tracks FROM t4\n  WHERE Member_ID=paramMember AND Action='Enrolled' AND \n        (Track,Action_Date) IN (SELECT Track, MAX(Action_Date) FROM t4\n                                  WHERE Member_ID=paramMember GROUP BY Track);\nRETURN tracks;\nEND
SELECT bug21493(Member_ID) FROM t3
SET SQL_MODE='IGNORE_SPACE'
select test.pi(), test.pi ()
use nowhere
select current_user(), current_user ()
CREATE PROCEDURE bug23760_update_log(r Varchar(50), a INT)\nBEGIN\n  INSERT INTO bug23760_log (reason, ammount) VALUES(r, a);\nEND
CREATE FUNCTION bug23760_rc_test(in_var INT) RETURNS INT RETURN in_var
CALL bug23760_test_row_count()
SELECT * FROM bug23760_log ORDER BY id
SELECT @save_max_sp_recursion
SET max_sp_recursion_depth= 5
SELECT * FROM bug23760 ORDER by ID
CREATE TABLE t3(c1 ENUM('abc'))
create function func_8407_b() returns int\nbegin\n  declare x int default 0;\n\n  declare continue handler for sqlstate '42S02'\n  begin\n    set x:= x+1000;\n  end;\n\n  case (select 1 from no_such_view limit 1)\n    when 1 then set x:= x+1;\n    when 2 then set x:= x+2;\n    else set x:= x+100;\n  end case;\n  set x:=x + 500;\n  \n  return x;\nend
select func_8407_a()
CREATE FUNCTION bug25373(p1 INTEGER) RETURNS INTEGER\nLANGUAGE SQL DETERMINISTIC\nRETURN p1;
CREATE PROCEDURE mysqltest1.p1()\n  DROP DATABASE mysqltest2
select bug20777(9223372036854775807) as '9223372036854775807   2**63-1'
select bug20777(18446744073709551616) as 'upper bounds unsigned bigint + 1'
insert into examplebug20777 values (1, 9223372036854775806, 9223372036854775807, 223372036854775808, 9223372036854775809, 18446744073709551614, 18446744073709551615, 8446744073709551616)
show create table examplebug20777
select * from examplebug20777 order by i
show create procedure proc_21513
update t2 set b=1 where a=bug27354()
select count(t_1.a),count(t_2.a) from t1 as t_1, t2 as t_2 /* must be 0,0 */
PREPARE s1 FROM 'SELECT c1 FROM v1'
show create procedure proc_25411_c
call proc_25411_c()
CREATE VIEW v1 AS SELECT c1 FROM t1
show create view test.v1
CALL p1('text')
CALL p2(10)
DROP DATABASE db28318_b
drop procedure proc_33618
CREATE PROCEDURE test_sp()\n  SELECT t1.* FROM t1 RIGHT JOIN t1 t2 ON t1.id=t2.id
call `p2`('s s s s s s')
CREATE VIEW v2 AS SELECT f2()
SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'v2'
select name from mysql.proc where name = 'p' and sql_mode = @full_mode
CREATE DEFINER = 'root'@'localhost' PROCEDURE p1()\nNOT DETERMINISTIC\nCONTAINS SQL\nSQL SECURITY DEFINER\nCOMMENT ''\nBEGIN\n SHOW TABLE STATUS like 't1';\nEND;
CREATE TEMPORARY TABLE t3 LIKE t1
call mixedCaseDbName.tryMyProc()
CREATE PROCEDURE p1(a CHAR)\nBEGIN\n  SELECT 1;\n  SELECT CAST('10 ' as UNSIGNED INTEGER);\n  SELECT 1;\nEND
CALL p1('data truncated parameter')
CREATE PROCEDURE p4()\nBEGIN\n  SELECT 1;\n  SELECT CAST('10 ' as UNSIGNED INTEGER);\n  SELECT 2;\nEND
CREATE VIEW t1 AS SELECT 10 AS f1
create procedure p1(p1 decimal, p2 decimal) select * from t1 limit p1, p2
create procedure p1(p1 double, p2 double) select * from t1 limit p1, p2
call p1(3, 2)
create function f1()\n  returns int\nbegin\n  declare a, b, c int;\n  set a = (select count(*) from t1 limit b, c);\n  return a;\nend
create function f1(p1 date, p2 date)\n  returns int\nbegin\n  declare a int;\n  set a = (select count(*) from t1 limit p1, p2);\n  return a;\nend
create function f1(p1 decimal, p2 decimal)\n  returns int\nbegin\n  declare a int;\n  set a = (select count(*) from t1 limit p1, p2);\n  return a;\nend
select f1(1, 5)
CREATE VIEW v1 AS SELECT a FROM t2
CREATE PROCEDURE p1(dt DATETIME, i INT)\nBEGIN\n  SELECT\n    CASE\n      WHEN i = 1 THEN 2\n      ELSE dt\n    END AS x1;\n\n  SELECT\n    CASE _latin1'a'\n      WHEN _utf8'a' THEN 'A'\n    END AS x2;\n\n  SELECT\n    CASE _utf8'a'\n      WHEN _latin1'a' THEN _utf8'A'\n    END AS x3;\n\n  SELECT\n    CASE s1\n      WHEN _latin1'a' THEN _latin1'b'\n      ELSE _latin1'c'\n    END AS x4\n  FROM t1;\nEND
CALL p1('2011-04-03 05:14:10', 1)
CALL p1('2011-04-03 05:14:11', 2)
CREATE FUNCTION f3() RETURNS VARCHAR(1)\nBEGIN RETURN NULL; END;
call p0()
drop procedure p0
CREATE TABLE `t1` (\n  `CLOSE_YN` varchar(10) COLLATE utf8_bin DEFAULT NULL\n) DEFAULT CHARSET=utf8 COLLATE=utf8_bin
CREATE PROCEDURE sp() UPDATE v1 SET a = 1 WHERE a=1 and b=2
create table t1 (\n  col1 bigint(20),\n  col2 char(1),\n  col3 char(2)\n)
set @tmp_toc= @@table_open_cache
drop view ENTITY_ACCESS
CREATE FUNCTION f(f1 VARCHAR(64) COLLATE latin1_german2_ci)\n  RETURNS VARCHAR(64)\nBEGIN\n  RETURN 'str';\nEND
create function f() returns int \nbegin \n  analyze delete t1 from t1,t2; \n  return 1; \nend
insert into t values (9494),(9495),(9496),(9497),(9498),(9499),(9500),(9501),(9502),(9503)
create procedure p()\ninsert into tmp_t select t.id from (\n    select id from v\n    union\n    select id from v\n) sq\ninner join t on (sq.id = t.id)
CREATE PROCEDURE empty_9() BEGIN END
CREATE PROCEDURE empty_14() BEGIN END
DROP PROCEDURE empty_13
DROP PROCEDURE proc_1
DROP PROCEDURE proc_3
DROP PROCEDURE proc_10
DROP PROCEDURE proc_select
CREATE TABLE t1 (c1 INT PRIMARY KEY, c2 INT)
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE done INT DEFAULT FALSE;\n  DECLARE rec ROW(aa INT, bb VARCHAR(32));\n  DECLARE cur CURSOR FOR SELECT a,b FROM t1;\n  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;\n  OPEN cur;\nread_loop:\n  LOOP\n    FETCH cur INTO rec;\n    IF done THEN\n      LEAVE read_loop;\n    END IF;\n    SELECT CONCAT('rec=(',rec.aa,',',rec.bb,')') AS c;\n  END LOOP;\n  CLOSE cur;\nEND;
CREATE PROCEDURE p1()\nBEGIN\n  DECLARE done INT DEFAULT FALSE;\n  DECLARE rec ROW(aa INT);\n  DECLARE cur CURSOR FOR SELECT 10 AS a UNION SELECT 20;\n  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;\n  OPEN cur;\nread_loop:\n  LOOP\n    FETCH cur INTO rec;\n    IF done THEN\n      LEAVE read_loop;\n    END IF;\n    SELECT CONCAT('rec=(',rec.aa,')') AS c;\n  END LOOP;\n  CLOSE cur;\nEND;
CREATE FUNCTION f1() RETURNS VARCHAR(16)\nBEGIN\n  DECLARE v VARCHAR(16);\n  FOR v IN (SELECT DISTINCT c FROM t1)\n  DO\n    IF (v = 'bar') THEN\n      SELECT 1 INTO @a;\n    END IF;\n  END FOR;\n  RETURN 'qux';\nEND
BEGIN NOT ATOMIC\nDECLARE v ROW(a INT);\n  SELECT 'a' IN (v,'b');\nEND
INSERT INTO t1 VALUES (-999)
CREATE FUNCTION f1(a INT(3)) RETURNS INT(3) RETURN a
CREATE FUNCTION f1() RETURNS TINYTEXT CHARACTER SET utf8 RETURN ''
CREATE FUNCTION f1() RETURNS TEXT\nCOMPRESSED:\nBEGIN\n  RETURN '';\nEND;
CREATE PROCEDURE p1() SELECT 1 FROM t1 PROCEDURE ANALYSE( 10, (SELECT a FROM t1))
CREATE PROCEDURE pushdownDerivedSp()\nBEGIN\n    DECLARE localA INT DEFAULT 1;\n    DECLARE localB INT DEFAULT 2;\n    SELECT dt.a\n    FROM (\n      SELECT t1.a, MIN(t1.b) as minB\n      FROM t1\n      GROUP BY t1.a\n    ) AS dt\n    WHERE dt.minB = localB AND dt.a = localA + localB;\nEND
CALL pushdownDerivedSp()
DROP PROCEDURE pushdownDerivedSp
CREATE FUNCTION f1(LOOKUPID_IN INT) RETURNS varchar(255) CHARSET utf8\nBEGIN\n  DECLARE LOOKUP_VALUE VARCHAR(255);\n  SET LOOKUP_VALUE = (SELECT value FROM t1 WHERE lookupId = LOOKUPID_IN);\n  set @counter=@counter+1;\n  RETURN LOOKUP_VALUE;\nEND;
SELECT fast('1')
create function y() returns int\nreturn 3
select x(PointFromText("POINT(10 20)")), y(PointFromText("POINT(10 20)"))
SELECT point()
CREATE FUNCTION linestring() RETURNS POINT RETURN NULL
CREATE FUNCTION polygon() RETURNS POINT RETURN NULL
DROP FUNCTION polygon
delete from v where (select g())
create procedure bug4902()\nbegin\n  show grants for 'root'@'localhost';\nend
drop procedure bug6807
grant all privileges on test.* to 'mysqltest_1'@'localhost'
create procedure p1() update t1 set value='updated' where value='old'
insert into t1 (value) values ("old"),("irrelevant")
CREATE PROCEDURE p1(i INT) BEGIN END
create database `my.db`
DROP PROCEDURE IF EXISTS proc_19194_codegen
select @body
CALL bug_19194_simple(4998)
CALL bug_19194_searched(4999)
SET DEBUG_SYNC= 'now WAIT_FOR before'
CREATE FUNCTION f1() RETURNS INT RETURN 0
SET DEBUG_SYNC= 'after_wait_locked_pname SIGNAL locked WAIT_FOR issued'
CREATE TABLE t1 (a INTEGER)
create function bug10015_2() returns int \n  begin\n    declare i, s int;\n    set i:= (select min(id) from t1);\n    set s:= (select max(id) from t1);\n    return (s - i);\n  end
create function bug10015_4(i int) returns int \n  begin\n    declare m int;\n    set m:= (select max(id) from t2);\n    insert into t2 values (i, m);\n    return m;\n  end
insert into t1 values (bug10015_5(4)), (bug10015_5(5))
insert into t1 values (bug10015_6(5)), (bug10015_6(6))
select @error_in_func
create function bug10015_7() returns int\n  begin\n    drop table t1;\n    return 1;\n  end
create procedure bug10015_8() start transaction
drop function if exists bug13825_2
drop function if exists bug13825_5
create function bug13825_2() returns int\nbegin\n  insert into t1 values (2);\n  savepoint x;\n  insert into t1 values (3);\n  rollback to savepoint x;\n  insert into t1 values (4);\n  return 1;\nend
create function bug13825_3(rb int) returns int\nbegin\n  insert into t1 values(1);\n  savepoint x;\n  insert into t1 values(2);\n  if rb then\n    rollback to savepoint x;\n  end if;\n  insert into t1 values(3);\n  return rb;\nend
drop function bug13825_0
drop procedure if exists bug14840_1
create procedure bug10656_truncate_table()\nbegin\n  truncate table t3;\nend
drop procedure bug14210_fill_table
DROP DATABASE db_bug7787
insert into t3 values (1,'aaa'),(2,'bbb'),(3,'ccc')
SET @@SESSION.default_storage_engine=InnoDB
SHOW SESSION VARIABLES LIKE 'default_storage_engine'
CALL bug11758414
CREATE TABLE t2 (a int  NOT NULL auto_increment, b int, PRIMARY KEY (a)) ENGINE=InnoDB
set @@sql_mode="no_table_options"
CREATE TABLE t1 (\n a char(10),\n b char(10) collate latin1_bin,\n c binary(10)\n) character set latin1
set @@sql_mode="mysql40"
set session sql_mode = 'IGNORE_SPACE'
CREATE TABLE t1 (p int not null auto_increment, a varchar(20), primary key(p))
SELECT "a\\\\b", "a\\\\\\'b", "a""\\\\b", "a""\\\\\\'b"
set sql_mode=16384+(65536*4)
SET @var8='abcd\\%ef'
SET @var9='abcd\\_ef'
SET @to_var2='wxyz\\"ef'
SET @to_var3='wxyz\\bef'
SET @to_var4='wxyz\\nef'
EXECUTE update_stmt USING @to_var2, @var2
SELECT test_function(@to_var8)
CREATE OR REPLACE TABLE t1 (a TEXT)
CREATE PROCEDURE p1()\nBEGIN\n  SELECT 1+1;\n  syntax error;\nEND;
create table t1 (a int, b int, primary key (a), key (b))
update t1 set b=2 where a=1 or b=2
select 'still connected?'
select variable_value > 0 from information_schema.session_status where variable_name="stack_usage"
set @@max_sp_recursion_depth=20
call recursion(0,2,@s1);\ncall recursion(0,3,@s2);\ncall recursion(0,4,@s3);
select @s1 > 0 && @s2 > 0 && @s3 > 0
set @save_histogram_size=@@global.histogram_size
FLUSH TABLE mysql.table_stats, mysql.index_stats
select * from mysql.index_stats
select count(distinct o_orderdate) from orders
SELECT * FROM t1 STRAIGHT_JOIN t2 WHERE name IN ( 'AUS','YEM' ) AND id = 1
select * from mysql.table_stats where db_name='db1' and table_name='t2'
select * from mysql.column_stats where db_name='db2' and table_name='t3'
SELECT CONVERT_TZ( '1991-09-20 10:11:02', '+00:00', 'GMT' )
SELECT * FROM mysql.column_stats
INSERT INTO mysql.column_stats VALUES\n  ('test','t1','t','bar','foo', 0.0, 3.0, 1.0, 0, NULL, NULL)
explain\nSELECT * FROM INFORMATION_SCHEMA.PROFILING, mysql.user
SELECT MAX(pk) FROM t1
set @@optimizer_use_condition_selectivity= 4
set @@optimizer_use_condition_selectivity= 1
insert into t1 values (4),(3)
analyze select * from t1 where a  >= 'ӥ'
analyze\nselect * from t1 where a = 1 and b=3
update t1 set a=100 where a=1
ALTER TABLE t1 ENGINE=aria transactional=0
set @@optimizer_use_condition_selectivity=default
set optimizer_switch=@save_optimizer_switch_for_stat_tables_test
CREATE TABLE t1 (\n  id int(11) auto_increment primary key,\n  c1 int(11) DEFAULT NULL\n) PARTITION BY RANGE (id) (\n  PARTITION p0 VALUES LESS THAN (4),\n  PARTITION p1 VALUES LESS THAN MAXVALUE\n)
GET DIAGNOSTICS CONDITION (1 IN (SELECT * FROM t1)) @errno=MYSQL_ERRNO
PURGE BINARY LOGS BEFORE (1 IN (SELECT * FROM t1))
DELETE FROM mysql.index_stats
SELECT * FROM mysql.index_stats
SELECT MIN(t1.e), MAX(t1.e), \n       (SELECT COUNT(*) FROM t1 WHERE t1.e IS NULL) /\n       (SELECT COUNT(*) FROM t1) AS "NULLS_RATIO(t1.e)",\n       (SELECT COUNT(t1.e) FROM t1) /\n       (SELECT COUNT(DISTINCT t1.e) FROM t1) AS "AVG_FREQUENCY(t1.e)"\nFROM t1
SELECT * FROM mysql.index_stats\n  WHERE db_name='test' AND table_name='t1' AND index_name='idx3'
SELECT * FROM mysql.index_stats\n  WHERE db_name='test' AND table_name='t1' AND index_name='idx4'
ALTER TABLE t1 CHANGE COLUMN b x varchar(32), \n               CHANGE COLUMN e y double
ALTER TABLE t1 RENAME TO s1, CHANGE COLUMN b x varchar(32)
CREATE INDEX idx4 ON t1(e, b, d)
ANALYZE TABLE t1 PERSISTENT FOR COLUMNS() INDEXES(primary)
ANALYZE TABLE t2 PERSISTENT FOR COLUMNS ALL INDEXES ALL
ANALYZE TABLE t1 PERSISTENT FOR columns(b) indexes(idx2)
SELECT UPPER(db_name), UPPER(table_name), cardinality\n  FROM mysql.table_stats
ALTER TABLE City ENGINE=InnoDB
DROP DATABASE world_innodb
select db_name, table_name, column_name,\n       min_value, max_value,\n       nulls_ratio, avg_frequency,\n       hist_size, hist_type, decode_histogram(hist_type,histogram)\n  FROM mysql.column_stats
create table t1 (a varchar(100)) engine=MyISAM
SET @@use_stat_tables = preferably
show variables like 'use_stat_tables'
rename table test.table_stats to mysql.table_stats
select * from t1 where a >= 2
CREATE TABLE t1 (a BLOB, b TEXT DEFAULT DECODE_HISTOGRAM(@SINGLE_PREC_TYPE,a))
INSERT INTO t1 (a) VALUES (0x0000000000000000000000000101010101010101010202020303030304040404050505050606070707080809090A0A0B0C0D0D0E0E0F10111213131415161718191B1C1E202224292A2E33373B4850575F6A76818C9AA7B9C4CFDADFE5EBF0F4F8FAFCFF)
set @save_analyze_sample_percentage=@@analyze_sample_percentage
INSERT INTO t1 SELECT id+1024 FROM t1
UPDATE mysql.column_stats \nSET histogram='["not-what-you-expect"]' WHERE table_name='t1_json'
UPDATE mysql.column_stats \nSET histogram='{"histogram_hb":[]}'\nWHERE table_name='t1_json'
explain extended select * from t2 where city = 'Helsinki'
analyze select * from t2 where city = 'helsinki'
set histogram_type= JSON_HB
select * from t1 where a = 'foo'
CREATE TABLE t1 (f CHAR(8))
create table t1 (c char(8))
set histogram_type=json_hb, histogram_size=default
analyze select * from t1 where a=70
set histogram_type = JSON_HB, histogram_size=default
insert into t2 select 1 from t1
analyze select * from t2 where a =100
insert into t1 select ':' from t1
analyze select COUNT(*) FROM t1 WHERE a < 'a'
set histogram_type=JSON_HB
analyze select COUNT(*) FROM t1 WHERE a > 'aaa'
analyze select COUNT(*) FROM t1 WHERE a < 'aaa'
analyze select COUNT(*) FROM t1 WHERE a < 'bar'
create table t1 (a BIT(64))
explain extended select * from t1 where col1 < 'д'
explain extended select * from t1 where col1 < '"д'
create table t1 (\n  col1 varchar(10) charset utf8 collate utf8mb3_general_ci\n)
analyze select * from t1 where col1 < 'ꙛ'
insert into t1 values\n('"Ꙩ'),('"Ꙛ'),('"ꙮ'),('"Ꙃ'),('"Ꚛ'),('"ꘐ'),('"ꘜ'),('"ꕫ'),('"ꖿ'), ('"ꙛ')
analyze select * from t1 where col1 < '"ꕫ'
create table t1 (\n  col1 varchar(10) charset utf32 collate utf32_uca1400_ai_ci\n)
show variables like "histogram_size"
analyze select * from t1 where col1 < '"🂡'
insert into t1 values\n('𝄞'),('🌀'),('б'),('😀'),('🂡'),('🀄'), ('ꕫ'),('Ꙃ'), ('😺'), ('d')
set histogram_type=single_prec_hb
CREATE TABLE IF NOT EXISTS t3 (\n  db_name varchar(64) NOT NULL, \n  table_name varchar(64) NOT NULL, \n  column_name varchar(64) NOT NULL, \n  min_value varbinary(255) DEFAULT NULL, \n  max_value varbinary(255) DEFAULT NULL, \n  nulls_ratio decimal(12,4) DEFAULT NULL, \n  avg_length decimal(12,4) DEFAULT NULL, \n  avg_frequency decimal(12,4) DEFAULT NULL, \n  hist_size tinyint unsigned, \n  hist_type enum('SINGLE_PREC_HB','DOUBLE_PREC_HB'), \n  histogram varbinary(255), \n  PRIMARY KEY (db_name,table_name,column_name)\n) engine=Aria transactional=0 CHARACTER SET utf8 COLLATE utf8_bin comment='Statistics on Columns'
select \n  A.db_name, \n  A.table_name, \n  A.hist_type = B.hist_type as hist_type_equal,\n  A.histogram = B.histogram as histogram_equal\nfrom\n  t4 A \n  left join \n  mysql.column_stats B on A.db_name=B.db_name and\n                          A.table_name=B.table_name and\n                          A.column_name=B.column_name
CREATE TABLE mysql.column_stats (\n  `db_name` varchar(64) COLLATE utf8mb3_bin NOT NULL,\n  `table_name` varchar(64) COLLATE utf8mb3_bin NOT NULL,\n  `column_name` varchar(64) COLLATE utf8mb3_bin NOT NULL,\n  `min_value` varbinary(255) DEFAULT NULL,\n  `max_value` varbinary(255) DEFAULT NULL,\n  `nulls_ratio` decimal(12,4) DEFAULT NULL,\n  `avg_length` decimal(12,4) DEFAULT NULL,\n  `avg_frequency` decimal(12,4) DEFAULT NULL,\n  `hist_size` tinyint(3) unsigned DEFAULT NULL,\n  `hist_type` enum('SINGLE_PREC_HB','DOUBLE_PREC_HB') COLLATE utf8mb3_bin DEFAULT NULL,\n  `histogram` varbinary(255) DEFAULT NULL,\n  PRIMARY KEY (`db_name`,`table_name`,`column_name`)\n) ENGINE=Aria DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin PAGE_CHECKSUM=1 TRANSACTIONAL=0 COMMENT='Statistics on Columns'
INSERT INTO mysql.column_stats VALUES\n('test','t0','a','0','9',0.0000,4.0000,1.0000,5,'DOUBLE_PREC_HB', x'5555AAAA00')
analyze select * from t0 where a<3
SELECT a FROM t1 LIMIT 1
show status like '%tmp%'
create function f1 (x INTEGER) returns integer\n  begin\n    declare ret integer;\n    set ret = x * 10;\n    return ret;\n  end
grant usage,execute on test.* to mysqltest_1@localhost
create procedure proc37908() begin select 1; end
show procedure status where name ='proc37908' and 1 in (select f1 from db37908.t1)
REVOKE ALL PRIVILEGES, GRANT OPTION FROM mysqltest_1@localhost
show status like 'Row%'
SET @@global.table_open_cache= @old_table_open_cache
CREATE PROCEDURE testQuestion2()\nBEGIN\n  SELECT 1;\nEND
CREATE VIEW v1 AS SELECT VARIABLE_NAME AS NAME, CONVERT(VARIABLE_VALUE, UNSIGNED) AS VALUE FROM INFORMATION_SCHEMA.GLOBAL_STATUS
# was 12:34:56\nselect cast('12:00:00-12.34.56' as time)
# was 12:00:00\nselect cast('12:00:00.12.34.56' as datetime)
INSERT INTO t1 VALUES('2004-09-31')
set @@sql_mode='STRICT_ALL_TABLES,ALLOW_INVALID_DATES'
CREATE TABLE t1 (col1 date) engine=myisam
INSERT ignore INTO t1 VALUES('2003-02-31')
CREATE TABLE t1 (col1 date, col2 datetime, col3 timestamp)
INSERT INTO t1 (col1) VALUES (STR_TO_DATE('15.10.2004','%d.%m.%Y'))
INSERT INTO t1 (col2) VALUES(STR_TO_DATE('15.13.2004 15.30','%d.%m.%Y %H.%i'))
INSERT INTO t1 (col3) VALUES(STR_TO_DATE('32.10.2004 15.30','%d.%m.%Y %H.%i'))
INSERT INTO t1 (col3) VALUES (CAST('2004-10-15 10:15' AS DATETIME))
INSERT INTO t1 (col3) VALUES(CAST('0000-10-31 15:30' AS DATETIME))
INSERT INTO t1 (col3) VALUES(CONVERT('2004-0-10 15:30',DATETIME))
INSERT INTO t1 VALUES(-128,0),(0,0),(127,255),('-128','0'),('0','0'),('127','255'),(-128.0,0.0),(0.0,0.0),(127.0,255.0)
INSERT INTO t1 (col1) VALUES(-129)
INSERT INTO t1 (col1) VALUES('-129')
SELECT MOD(col1,0) FROM t1 WHERE col1 > 0 LIMIT 1
UPDATE t1 SET col2=col2 + 50 WHERE col2 > 0
INSERT INTO t1 (col2) VALUES(65536)
INSERT INTO t1 (col1) VALUES('8388608')
INSERT INTO t1 (col1) VALUES(-2147483649)
INSERT INTO t1 (col1) VALUES(-2147483649.0)
INSERT INTO t1 (col1) VALUES(2147643648.0)
INSERT IGNORE INTO t1 values ('-2147483649', '-1'),('2147643648','4294967296')
INSERT INTO t1 VALUES('-9223372036854775808','0'),('9223372036854775807','18446744073709551615')
INSERT INTO t1 (col1) VALUES(-9223372036854775809)
INSERT INTO t1 (col2) VALUES(18446744073709551616)
INSERT IGNORE INTO t1 VALUES(-9223372036854785809.0,-1.0),(9223372036854785808.0,18446744073709551616.0)
INSERT INTO t1 VALUES (1010)
INSERT INTO t1 VALUES ('-101.55')
INSERT INTO t1 VALUES ('-1010.55')
INSERT INTO t1 VALUES ('-1.1E-37',0),('+3.4E+38','+3.4E+38')
UPDATE t1 SET col2 =col2 / 0 WHERE col2 > 0
INSERT INTO t1 (col1) VALUES ('hellobob')
INSERT INTO t1 (col2) VALUES ('hello  ')
INSERT INTO t1 VALUES (100, 'hello', '2004-08-20')
INSERT INTO t1 (col1,col2,col3) VALUES (NULL, '', '2004-01-01')
INSERT INTO t1 (col1,col2,col3) VALUES (102, NULL, '2004-01-01')
UPDATE t1 SET col1=NULL WHERE col1 =100
INSERT INTO t1 (col2) VALUES (NULL)
INSERT INTO t1 (col1) VALUES (2)
select count(*) from t1 where STR_TO_DATE('2004.12.12 10:22:61','%Y.%m.%d %T') IS NULL
alter table t1 modify col1 datetime
call t1()
create table t1(a int, b date not null)
select column_name, column_comment from information_schema.columns where\ntable_schema = 'test' and table_name = 't1'
insert into t1(col2) values('+')
insert into t1(col7) values('-')
insert into t1 values ('2000a')
create table t1 (f1 set('a','a'))
set @@sql_mode='NO_ZERO_DATE'
INSERT INTO t1 VALUES ('1920-03-02'),('2020-12-01')
SELECT LENGTH(CONCAT_WS(d, ' ')) FROM t1
CREATE TABLE t1 (a VARBINARY(128)) CHARACTER SET utf32
SELECT\n(\n  WITH x AS\n  (\n    WITH RECURSIVE x ( x ) AS\n    (\n      SELECT 1 UNION SELECT x FROM x\n    )\n    SELECT * FROM x WHERE x IN\n    (\n      SELECT x FROM x WHERE\n      (\n        SELECT 1 GROUP BY x HAVING ( x )\n      )\n    )\n  )\n  SELECT * FROM x\n) AS R
set join_cache_level=@join_cache_level_for_subselect_test
SELECT (SELECT 1 FROM (SELECT 1) as b HAVING b=1) as a,(SELECT 1 FROM (SELECT 1) as c HAVING a=1) as b
SELECT (SELECT 1),MAX(1) FROM (SELECT 1) as a
SELECT 1 FROM (SELECT 1 as a) as b HAVING (SELECT a)=1
SELECT (SELECT 1), a
SELECT * FROM (SELECT 1) a  WHERE 1 IN (SELECT 1,1)
select (SELECT 1 FROM (SELECT 1) a PROCEDURE ANALYSE(1))
SELECT (SELECT 1) as a FROM (SELECT 1) b WHERE (SELECT a) IS NOT NULL
SELECT ROW(1,2,3) < (SELECT 1,2,1)
SELECT (SELECT 1.5,2,'a') = ROW(1.5,'2','a') AS m
SELECT (SELECT * FROM (SELECT 'test' a,'test' b) a)
insert into t4 values (4,8),(3,8),(5,9)
select (select a from t3), a from t2
explain extended select (select t3.a from t3 where a<8 order by 1 desc limit 1), a from\n(select * from t2 where a>1) as tt
select * from t1 where t1.a=(select t2.a from t2 where t2.b=(select max(a) from t3) order by 1 desc limit 1)
select * from t3 where exists (select * from t2 where t2.b=t3.a)
select * from t3 where a = all (select b from t2)
select * from t3 where a >= any (select b from t2)
explain extended select * from t3 where a >= any (select b from t2)
select b,max(a) as ma from t4 group by b having b < (select max(t2.a) from t2 where t2.b=t4.b)
select b,max(a) as ma from t4 group by b having b >= (select max(t2.a) from t2 where t2.b=t4.b)
explain extended\nselect\n  (select a from t1 where t1.a=t2.a union select a from t5 where t5.a=t2.a) as m,\n  a\nfrom t2
INSERT INTO t2 VALUES ('W','1'),('A','3'),('J','2')
SELECT numeropost,maxnumrep FROM t1 WHERE exists (SELECT 1 FROM t2 WHERE (mot='joce') AND date >= '2002-10-21' AND t1.numeropost = t2.topic) ORDER BY maxnumrep DESC LIMIT 0, 20
SELECT * from t2 where topic = any (SELECT SUM(topic) FROM t1)
SELECT * from t2 where topic = all (SELECT SUM(topic) FROM t2)
SELECT * from t2 where topic = all (SELECT topic FROM t2 GROUP BY topic HAVING topic < 41000)
SELECT field FROM t1 WHERE 1=(SELECT 1 UNION ALL SELECT 1 FROM (SELECT 1) a HAVING field='b')
SELECT (SELECT numeropost FROM t1 HAVING numreponse=a),numreponse FROM (SELECT * FROM t1) as a
EXPLAIN EXTENDED SELECT numreponse FROM t1 WHERE numeropost='1' AND numreponse=(SELECT 1 FROM t1 WHERE numeropost='1')
create table t1 (a int NOT NULL, b int, primary key (a))
delete from t1 where b in (select b from t1)
INSERT INTO t1 (x) select (SELECT SUM(x)+2 FROM t1) FROM t2
replace into t1 (x, y) VALUES ((SELECT a FROM t2), (SELECT a+2 FROM t2))
replace DELAYED into t1 (x, y) VALUES ((SELECT a+3 FROM t2), (SELECT a FROM t2))
CREATE TABLE t2 (id int(11) default NULL, KEY id (id)) ENGINE=MyISAM CHARSET=latin1
SELECT * FROM t2 WHERE id IN (SELECT 1)
SELECT * FROM t2 WHERE id IN (SELECT 1 UNION SELECT 3)
INSERT INTO t2 VALUES ((SELECT count(*) FROM t2))
CREATE TABLE t1 (id int(11) default NULL, KEY id (id)) ENGINE=MyISAM CHARSET=latin1
INSERT INTO t1 values (1),(1)
select 1 IN (SELECT * from t1)
select 3 IN (SELECT * from t1)
select 'XYZS' > ALL (SELECT * from t1)
select 'A' > ANY (SELECT * from t1)
select 'XYZS' > ANY (SELECT * from t1)
create table t1 (a float)
select 10.5 > ALL (SELECT * from t1)
explain extended SELECT t1.a, t1.a in (select t2.a from t2) FROM t1
explain extended SELECT t1.a, t1.a in (select t2.a from t2,t3 where t3.a=t2.a) FROM t1
select a from t1 where a > any (select * from t2)
select a from t1 where a in (select * from t2 group by a)
insert into t2 values (1),(200)
select 10.5 IN (SELECT * from t1 LIMIT 1)
insert into t2 values (1),(2),(NULL)
insert into t1 values (1, 1, 'a'), (2,2,'b'), (NULL, 2, 'b')
EXPLAIN EXTENDED SELECT (SELECT ENCRYPT('test') FROM t1) FROM t1
CREATE TABLE `t1` (\n  `mot` varchar(30) character set latin1 NOT NULL default '',\n  `topic` mediumint(8) unsigned NOT NULL default '0',\n  `date` date NOT NULL default '0000-00-00',\n  `pseudo` varchar(35) character set latin1 NOT NULL default '',\n  PRIMARY KEY  (`mot`,`pseudo`,`date`,`topic`),\n  KEY `pseudo` (`pseudo`,`date`,`topic`),\n  KEY `topic` (`topic`)\n) ENGINE=MyISAM CHARSET=latin1 ROW_FORMAT=DYNAMIC
INSERT IGNORE INTO t2 VALUES ('joce','1','','joce'),('test','2','','test')
CREATE TABLE t1 SELECT (SELECT 1 as a UNION SELECT 1+1 limit 1,1) as a
INSERT INTO t2 VALUES ('AZE','Azerbaijan','Asia','Middle East',86600.00,1991,7734000,62.9,4127.00,4100.00,'Azärbaycan','Federal Republic','Heydär Äliyev',144,'AZ')
update t1, t2 set t2.name='lenka' where t2.id in (select id from t1)
insert into t2 values (1,1), (2,1), (3,1), (2,2)
update ignore t1 set b=(select b from t2 where t1.a=t2.a)
explain extended select * from t2 where t2.a in (select a from t1 where t1.b <> 30)
create table t1 (a int, b int, index a (a,b))
insert into t1 values (1,10), (2,20), (3,30), (4,40)
create table t2(userid int,pmnew int,pmtotal int)
insert into t1 values(1,0),(1,0),(1,0),(1,12),(1,15),(1,123),(1,12312),(1,12312),(1,123),(2,0),(2,0),(2,1),(2,2)
insert into t1 values ('tttt')
create table t2 (s1 char(5), index s1(s1))
select s1, s1 NOT IN (SELECT s1 FROM t2) from t1
explain extended select * from t3 where a > all (select max(b) from t2 group by a)
INSERT INTO `t1` (`id`, `taskid`, `dbid`, `create_date`,`last_update`) VALUES (1, 1, 15, '2003-09-29 10:31:36', '2003-09-29 10:31:36'), (2, 1, 21, now(), now())
CREATE TABLE `t2` (`db_id` int(11) NOT NULL auto_increment,`name` varchar(200) NOT NULL default '',`primary_uid` smallint(6) NOT NULL default '0',`secondary_uid` smallint(6) NOT NULL default '0',PRIMARY KEY  (`db_id`),UNIQUE KEY `name_2` (`name`),FULLTEXT KEY `name` (`name`)) ENGINE=MyISAM CHARSET=latin1 AUTO_INCREMENT=2147483647
explain extended select * from t1 where 'f' > any (select s1 from t1 union select s1 from t1)
select c.number as phone,(select p.code from t2 p where c.number like concat(p.code, '%') order by length(p.code) desc limit 1) as code from t1 c
select * from t1 where (select count(*) from t2 group by t1.s2) = 1
INSERT INTO t1 VALUES (1),(1),(1),(1),(1),(2),(3),(4),(5)
insert into t1 values (1, 0.123)
CREATE TABLE `t1` (\n  `id` int(11) NOT NULL auto_increment,\n  `id_cns` tinyint(3) unsigned NOT NULL default '0',\n  `tipo` enum('','UNO','DUE') NOT NULL default '',\n  `anno_dep` smallint(4) unsigned zerofill NOT NULL default '0000',\n  `particolare` mediumint(8) unsigned NOT NULL default '0',\n  `generale` mediumint(8) unsigned NOT NULL default '0',\n  `bis` tinyint(3) unsigned NOT NULL default '0',\n  PRIMARY KEY  (`id`),\n  UNIQUE KEY `idx_cns_gen_anno` (`anno_dep`,`id_cns`,`generale`,`particolare`),\n  UNIQUE KEY `idx_cns_par_anno` (`id_cns`,`anno_dep`,`tipo`,`particolare`,`bis`)\n)
insert into t1 values ('aaa'), ('bbb'),('eee'),('mmm'),('ppp')
create table t1 (id int not null, text varchar(20) not null default '', primary key (id))
select * from t1 where id not in (select id from t1 where id < 8)
SELECT a FROM t1 WHERE a < ANY ( SELECT a FROM t1 WHERE b = 2 )
SELECT a FROM t1 WHERE a <> ANY ( SELECT a FROM t1 WHERE b = 2 )
SELECT a FROM t1 WHERE a <= ANY (SELECT a FROM t1 WHERE b = 2 UNION SELECT a FROM t1 WHERE b = 2)
SELECT a FROM t1 WHERE a > ALL (SELECT a FROM t1 WHERE b = 2 UNION SELECT a FROM t1 WHERE b = 2)
SELECT a FROM t1 WHERE a <> ALL (SELECT a FROM t1 WHERE b = 2 UNION SELECT a FROM t1 WHERE b = 2)
SELECT a FROM t1 WHERE a > ALL (SELECT a FROM t1 HAVING a = 2 UNION SELECT a FROM t1 HAVING a = 2)
SELECT a FROM t1 WHERE a < ALL (SELECT a FROM t1 HAVING a = 2 UNION SELECT a FROM t1 HAVING a = 2)
SELECT a FROM t1 WHERE a > ALL (SELECT a,2 FROM t1 WHERE b = 2)
SELECT a FROM t1 WHERE (a,1) = ANY (SELECT a,1 FROM t1 WHERE b = 2)
SELECT a FROM t1 WHERE (a,1) = ANY (SELECT a,1 FROM t1 WHERE b = 2 UNION SELECT a,1 FROM t1 WHERE b = 2)
SELECT a FROM t1 WHERE a > ANY (SELECT a FROM t1 WHERE b = 2 group by a)
SELECT a FROM t1 WHERE a <= ALL (SELECT a FROM t1 WHERE b = 2 group by a)
SELECT a FROM t1 WHERE a < ANY (SELECT a FROM t1 group by a HAVING a = 2)
SELECT a FROM t1 WHERE a = ANY (SELECT a FROM t1 group by a HAVING a = 2)
SELECT a FROM t1 WHERE a >= ALL (SELECT a FROM t1 group by a HAVING a = 2)
SELECT concat(EXISTS(SELECT a FROM t1 WHERE b = 2 and a.a > t1.a), '-') from t1 a
SELECT a FROM t1 WHERE a > ANY (SELECT a FROM t1 WHERE b = 2e0)
SELECT a FROM t1 WHERE a >= ANY (SELECT a FROM t1 WHERE b = 2e0)
SELECT a FROM t1 WHERE a <> ANY (SELECT a FROM t1 WHERE b = '2')
SELECT a FROM t1 WHERE a > ALL (SELECT a FROM t1 WHERE b = '2')
SELECT a FROM t1 WHERE a <= ALL (SELECT a FROM t1 WHERE b = '2')
select * from t1 up where exists (select * from t1 where t1.a=up.a)
CREATE TABLE t2 (id int(11) default NULL, pet varchar(10) default NULL)
INSERT INTO t2 VALUES (1,'Fido'),(2,'Spot'),(3,'Felix')
SELECT a.*, b.* FROM (SELECT * FROM t1) AS a JOIN t2 as b on a.id=b.id
prepare stmt1 from "CREATE TABLE t3 SELECT a AS abc, b FROM t1 outr WHERE b = (SELECT MIN(b) FROM t1 WHERE a=outr.a);"
INSERT INTO t1(`IZAVORGANG_ID`,`KUERZEL`,`IZAANALYSEART_ID`,`IZAPMKZ_ID`)VALUES('D0000000002','602','D0000000001','I0000000001')
INSERT INTO t1(`IZAVORGANG_ID`,`KUERZEL`,`IZAANALYSEART_ID`,`IZAPMKZ_ID`)VALUES('D0000000003','603','D0000000001','I0000000001')
alter table t2 add primary key (bid, aid)
create table t1 (a int not null, b int not null, c int, primary key (a,b))
set @b:= 0
set @a:= (select sum(a) from t1 where b > @b)
set @got_val= (SELECT 1 FROM (SELECT 'A' as my_col) as T1 )
CREATE TABLE t1 (\n  Code char(3) NOT NULL default '',\n  Name char(52) NOT NULL default '',\n  Continent enum('Asia','Europe','North America','Africa','Oceania','Antarctica','South America') NOT NULL default 'Asia',\n  Region char(26) NOT NULL default '',\n  SurfaceArea float(10,2) NOT NULL default '0.00',\n  IndepYear smallint(6) default NULL,\n  Population int(11) NOT NULL default '0',\n  LifeExpectancy float(3,1) default NULL,\n  GNP float(10,2) default NULL,\n  GNPOld float(10,2) default NULL,\n  LocalName char(45) NOT NULL default '',\n  GovernmentForm char(45) NOT NULL default '',\n  HeadOfState char(60) default NULL,\n  Capital int(11) default NULL,\n  Code2 char(2) NOT NULL default ''\n) ENGINE=MyISAM
create table t1 (a1 int)
select row(1,(2,2)) in (select * from t1 )
CREATE TABLE t4 (\n  id int(11) NOT NULL,\n  groupTypeId int(11) NOT NULL,\n  groupKey varchar(50) NOT NULL,\n  name text,\n  ordering int(11),\n  description text,\n  createDate datetime NOT NULL,\n  modifyDate timestamp NOT NULL\n)
select\n  count(distinct t2.userid) pass,\n  groupstuff.*,\n  count(t2.courseid) crse,\n  t1.categoryid,\n  t2.courseid,\n  date_format(date, '%b%y') as colhead\nfrom t2\njoin t1 on t2.courseid=t1.courseid\njoin\n(\n  select\n    t5.userid,\n    parentid,\n    parentgroup,\n    childid,\n    groupname,\n    grouptypeid\n  from t5\n  join\n  (\n     select t4.id as parentid,\n       t4.name as parentgroup,\n       t4.id as childid,\n       t4.name as groupname,\n       t4.grouptypeid\n     from t4\n  ) as gin on t5.groupid=gin.childid\n) as groupstuff on t2.userid = groupstuff.userid\ngroup by\n  groupstuff.groupname, colhead , t2.courseid
select (select * from t1) = 1
select (select * from t1) = (1,2,3)
CREATE TABLE `t1` (\n  `itemid` bigint(20) unsigned NOT NULL auto_increment,\n  `sessionid` bigint(20) unsigned default NULL,\n  `time` int(10) unsigned NOT NULL default '0',\n  `type` set('A','D','E','F','G','I','L','N','U') collate latin1_general_ci NOT\nNULL default '',\n  `data` text collate latin1_general_ci NOT NULL,\n  PRIMARY KEY  (`itemid`)\n) DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci
INSERT INTO `t1` VALUES (1, 1, 1, 'D', '')
set optimizer_switch='semijoin_with_cache=off'
INSERT INTO t1 VALUES(1,2,'Y'),(2,3,'Y'),(3,4,'Y'),(5,6,'N'),(7,8,'N')
insert into t2 values (null,null,'N')
insert into t1 values (10,3,'0')
SELECT one,two,ROW(one,two) IN (SELECT one,two FROM t2 WHERE flag = 'N') as 'test' from t1
SELECT one,two,ROW(one,two) IN (SELECT one,two FROM t2 WHERE flag = '0') as 'test' from t1
INSERT INTO t1 VALUES (NULL,'aaa'), ('aaa','aaa')
INSERT INTO t1 VALUES("0026", "1", "2005-12-06 12:18:56")
EXPLAIN SELECT a, a IN (SELECT a FROM t1) FROM t2
CREATE TABLE t3 AS (SELECT a FROM t1 WHERE a < '2000-01-01') UNION (SELECT a FROM t1 WHERE a > '2000-01-01')
SELECT a FROM t1 WHERE (SELECT 1 FROM DUAL WHERE 1=0) IS NULL
SELECT a FROM t1 ORDER BY (SELECT c FROM t2 WHERE b > 2 )
SELECT a FROM t1 GROUP BY a\n  HAVING IFNULL((SELECT b FROM t2 WHERE b > 2),\n                (SELECT c FROM t2 WHERE c=a AND b > 2 ORDER BY b)) > 3
select 1.1 * exists(select * from t1)
INSERT INTO t2 VALUES ( 5 )
CREATE TABLE t1 ( c1 integer )
INSERT INTO t1 VALUES ( 6 )
DELETE FROM t1\nWHERE t1.EMPNUM NOT IN\n      (SELECT t2.EMPNUM\n       FROM t2\n       WHERE t1.EMPNUM = t2.EMPNUM)
SELECT a FROM t1 GROUP BY a\n  HAVING a IN (SELECT c FROM t2 WHERE MAX(b)>d)
SELECT a FROM t1 GROUP BY a\n  HAVING a IN (SELECT c FROM t2\n                 WHERE  EXISTS(SELECT e FROM t3 WHERE MAX(b)=e AND e <= d))
SELECT a FROM t1 GROUP BY a\n   HAVING EXISTS(SELECT c FROM t2 GROUP BY c HAVING SUM(a) = c)
CREATE TABLE t1 (a varchar(5), b varchar(10))
SELECT * FROM t1 WHERE (a,b) = ANY (SELECT a, max(b) FROM t1 GROUP BY a)
EXPLAIN\nSELECT * FROM t1 WHERE (a,b) = ANY (SELECT a, max(b) FROM t1 GROUP BY a)
ALTER TABLE t1 ADD INDEX(a)
CREATE VIEW v1 AS SELECT * FROM t1 WHERE no_such_column = ANY (SELECT 1)
SELECT * FROM t1 WHERE no_such_column = ANY (SELECT 1)
INSERT INTO t1 VALUES (10000000000000000000)
CREATE TABLE t2 (i BIGINT UNSIGNED)
INSERT INTO t2 VALUES (10000000000000000000)
INSERT INTO t1 VALUES\n  (1, 'Balazs'), (2, 'Joe'), (3, 'Frank')
(SELECT i FROM t1) UNION (SELECT i FROM t1)
SELECT * FROM t1\nWHERE NOT EXISTS (((SELECT i FROM t1) UNION (SELECT i FROM t1)))
explain select * from t1 where not exists\n  ((select t11.i from t1 t11) union (select t12.i from t1 t12))
SELECT (\n    SELECT (\n      SELECT COUNT(DISTINCT t1.b)\n    )\n)\nFROM t1 GROUP BY t1.a
SELECT (\n  SELECT (\n      SELECT (\n        SELECT COUNT(DISTINCT t1.b)\n      )\n  )\n  FROM t1 GROUP BY t1.a LIMIT 1) AS m\nFROM t1 t2\nGROUP BY t2.a
insert into t2(y,z) select t1.b, RAND()*1000 from t1, t3
INSERT INTO t1 VALUES ('bb', 2), ('cc', 3), ('dd',1)
INSERT INTO t2 VALUES (1,1,"2004-02-29 11:11:11"), (2,2,"2004-02-29 11:11:11")
CREATE TABLE t2 (\n  id_2 int(5) NOT NULL,\n  t varchar(4) DEFAULT NULL\n)
INSERT INTO t2 VALUES (2, 'bb'), (3, 'cc'), (4, 'dd'), (12, 'aa')
SELECT DISTINCT t1.id_1 FROM t1 WHERE\n(12 NOT IN ((SELECT t1xt2.id_2 FROM t1xt2 where t1.id_1 = t1xt2.id_1)))
insert INTO t1xt2 VALUES (1, 12)
SELECT DISTINCT t1.id_1 FROM t1 WHERE\n(12 NOT IN ((SELECT t1xt2.id_2 FROM t1xt2 WHERE t1.id_1 = t1xt2.id_1)))
SELECT a, AVG(b),\n  (SELECT t.c FROM t1 AS t WHERE t1.a=t.a AND t.b=AVG(t1.b)) AS test\n  FROM t1 WHERE t1.d=0 GROUP BY a
SELECT a FROM t1 WHERE (SELECT COUNT(b) FROM DUAL) > 0 GROUP BY a
SELECT a FROM t1 t0\n  WHERE (SELECT COUNT(t0.b) FROM t1 t WHERE t.b>20) GROUP BY a
SET @@sql_mode='ansi'
EXPLAIN SELECT 1 FROM t1 WHERE a = (SELECT COUNT(*) FROM t1 GROUP BY b)
INSERT INTO `t1` VALUES ('asdf','2007-02-08 01:11:26')
SET session sort_buffer_size=8192
CREATE TABLE t3 (a3 VARBINARY(3) PRIMARY KEY)
CREATE INDEX I1 ON t1 (a)
SELECT a,b FROM t2 WHERE b IN (SELECT a FROM t2)
SELECT a AS out_a, MIN(b) FROM t1 t1_outer\nWHERE b > (SELECT MIN(b) FROM t1 WHERE a = t1_outer.a)\nGROUP BY a
EXPLAIN EXTENDED\nSELECT 2 FROM t1 WHERE EXISTS ((SELECT 1 FROM t2 WHERE t1.a=t2.a) UNION\n                               (SELECT 1 FROM t2 WHERE t1.a = t2.a))
create table t1(f11 int, f12 int)
INSERT INTO t2 VALUES(1,1,null), (2,2,null)
create table t2 (a float(5,4),b float(2,0))
INSERT INTO `C` VALUES (9,9), (0,0), (8,6), (3,6), (7,6), (0,4),\n(1,7), (9,4), (0,8), (9,4), (0,7), (5,5), (0,0), (8,5), (8,7),\n(5,2), (1,8), (7,0), (0,9), (9,5)
CREATE TABLE t1 (pk int PRIMARY KEY, int_key int)
CREATE TABLE t2 (pk int PRIMARY KEY, int_key int)
PREPARE stmt FROM \n'SELECT 1 UNION ALL \nSELECT 1 FROM t1\nORDER BY\n(SELECT 1 FROM t1 AS t1_0  \n  WHERE 1 < SOME (SELECT a1 FROM t1)\n)'
CREATE TABLE t1 (\n  pk int NOT NULL,\n  col_varchar_key varchar(1) DEFAULT NULL,\n  PRIMARY KEY (pk),\n  KEY col_varchar_key (col_varchar_key)\n)
insert into t_in values ('2a', '2a', '2a')
insert into t_in values ('3a', NULL, '3a')
select subcase,\n       (a1, b1, c1)     IN (select * from t_in) pred_in,\n       (a1, b1, c1) NOT IN (select * from t_in) pred_not_in\nfrom t_out where subcase = 'A.3'
select case when count(*) > 0 then 'N' else 'wrong result' end as pred_in from t_out\nwhere subcase = 'A.3' and\n      ((a1, b1, c1) IN (select * from t_in)) is NULL and\n      ((a1, b1, c1) NOT IN (select * from t_in)) is NULL
select case when count(*) > 0 then 'T' else 'F' end as not_pred_in from t_out\nwhere subcase = 'B.1' and\n      NOT((a1, b1, c1) IN (select * from t_in where a1 = 'no_match'))
select case when count(*) > 0 then 'T' else 'F' end as not_pred_in from t_out\nwhere subcase = 'B.2' and\n      NOT((a1, b1, c1) IN (select * from t_in))
select case when count(*) > 0 then 'T' else 'F' end as pred_not_in from t_out\nwhere subcase = 'B.3' and\n      (a1, b1, c1) NOT IN (select * from t_in)
drop table t_out
INSERT INTO t1 VALUES (1), (3)
CREATE TABLE t2(pk INT PRIMARY KEY, a INT, b INT, INDEX idxa(a))
SELECT * FROM t1\n   WHERE EXISTS (SELECT DISTINCT a FROM t2 WHERE t1.a < t2.a ORDER BY b)
CREATE VIEW v2 (a,b) AS\nSELECT t2.id, t2.c AS c FROM t1, t2\nWHERE t1.id=t2.id AND 1 IN (SELECT id FROM t1) WITH CHECK OPTION
INSERT INTO v2(a,b) VALUES (1,2)
DELETE FROM v3
create table t2(id integer primary key, g integer, v integer, s char(1))
SELECT * FROM ( \n  SELECT 1 a \n  UNION \n  SELECT a INTO @var FROM t1 WHERE a = 2 \n) t1a
SELECT * FROM (SELECT a FROM t1 WHERE a = 2) t1a
SELECT * FROM ((SELECT 1 a INTO @a)) t1a
SELECT * FROM (SELECT 1 a UNION (SELECT 1 a INTO DUMPFILE 'file' )) t1a
SELECT * FROM (SELECT 1 a UNION (SELECT 1 a INTO OUTFILE 'file' )) t1a
SELECT * FROM (SELECT 1 a UNION ((SELECT 1 a INTO DUMPFILE 'file' ))) t1a
SELECT * FROM t1 JOIN  (SELECT 1 UNION SELECT 1) alias ON 1
SELECT * FROM t1 JOIN ((SELECT 1 UNION SELECT 1)) ON 1
SELECT * FROM t1 JOIN ((t1 t1a UNION SELECT 1)) ON 1
SELECT * FROM t1 JOIN ((t1 t1a)) t1a ON 1
SELECT * FROM (t1 t1a)
SELECT * FROM t1 JOIN  (SELECT 1 t1a) alias ON 1
SELECT ( SELECT 1 INTO @v )
SELECT ( SELECT 1 INTO OUTFILE 'file' )
SELECT ( SELECT 1 UNION SELECT 1 INTO OUTFILE 'file' )
SELECT * FROM t2 WHERE (a, b) IN (SELECT a, b FROM t2)
( SELECT 1 UNION SELECT 1 ) UNION SELECT 1
SELECT ( SELECT 1 UNION SELECT 1 UNION SELECT 1 )
SELECT ((SELECT 1 UNION SELECT 1 UNION SELECT 1))
SELECT * FROM ( ( SELECT 1 UNION SELECT 1 ) UNION SELECT 1 )
SELECT * FROM t1 WHERE a = ANY ( SELECT 1 UNION ( SELECT 1 UNION SELECT 1 ) )
SELECT * FROM t1 WHERE EXISTS ( SELECT 1 UNION SELECT 1 INTO @v )
SELECT\n\tt1.t1_id,\n\tIFNULL((SELECT SUM(amount) FROM t3 WHERE t3.t1_id=t1.t1_id), 0) AS total_amount\nFROM\n\tt1\n\tLEFT JOIN t2 ON t2.t1_id=t1.t1_id\nGROUP BY\n\tt1.t1_id
CREATE TABLE t2s(i INT)
SELECT * FROM t1\nWHERE t1.i NOT IN\n(\n  SELECT STRAIGHT_JOIN t2s.i \n  FROM\n  t1s LEFT OUTER JOIN t2s ON t2s.i = t1s.i\n  HAVING t2s.i = 999\n)
prepare stmt1 from "select sum(a),(select sum(c) from t2 where table1.b) as sub\nfrom t1 as table1 group by sub"
CREATE TABLE t1(a INT NOT NULL, KEY (a))
SELECT 1 as foo FROM t1 WHERE a < SOME\n  (SELECT a FROM t1 WHERE a <=>\n    (SELECT a FROM t1 where a is null)\n  )
drop table if exists ot1, ot2, it1, it2
CREATE TABLE ot1(a INTEGER)
CREATE TABLE ot4(a INTEGER)
INSERT INTO ot4 VALUES(1), (3), (5), (7), (9), (7), (3), (1)
SELECT * FROM t1\n  WHERE EXISTS (SELECT a FROM t2 USE INDEX () WHERE t2.a = t1.a)
CREATE TABLE t2 (pk INTEGER PRIMARY KEY, i INTEGER NOT NULL)
set @@optimizer_switch=@optimizer_switch_save
SELECT a FROM t1 WHERE b < ANY ( SELECT b FROM t1 GROUP BY b )
SELECT a FROM t1 WHERE b < ANY ( SELECT b FROM t1 )
SELECT a FROM t1 WHERE b <= ANY ( SELECT b FROM t1 GROUP BY b )
SELECT a FROM t1 WHERE b = ALL ( SELECT b FROM t1 GROUP BY b )
SELECT a FROM t1 WHERE b <> ALL ( SELECT b FROM t1 GROUP BY b )
CREATE TABLE t1 ( f11 int)
CREATE TABLE t2 ( f3 int, f10 int, KEY (f10,f3))
INSERT INTO t3 VALUES (0),(0)
SELECT a1.f3 AS r FROM t2 AS a1 , t1 WHERE a1.f3 < ALL ( SELECT f3 FROM t3 WHERE f3 = 1 )
INSERT INTO t1 VALUES ('v'),('s')
CREATE TABLE it2 (\n   col_int_key int(11),\n   col_varchar_key varchar(1),\n   col_varchar_key2 varchar(1),\n   KEY idx_cvk_cvk2_cik (col_varchar_key, col_varchar_key2, col_int_key),\n   KEY idx_cvk_cik (col_varchar_key, col_int_key)\n)
EXPLAIN\nSELECT col_int_nokey FROM ot \n  WHERE col_varchar_nokey IN \n        (SELECT col_varchar_key FROM it1 WHERE col_int_key IS NULL)
INSERT INTO t2 VALUES (1,4,4,'00:00:00','b','b')
INSERT INTO t1 VALUES (5),(6)
DROP TABLE parent, child
INSERT INTO t2 VALUES ('a', 2), ('b', 3)
SELECT SUM(DISTINCT b),\n       (SELECT t2.a FROM t1 JOIN t2 ON t2.c != 0\n          WHERE t.a != 0 AND t2.a != 0) AS m\n  FROM (SELECT * FROM t3) AS t\nGROUP BY 2
set @@optimizer_switch=@subselect_tmp
set @@optimizer_switch='semijoin=off,materialization=off,in_to_exists=on,subquery_cache=off'
CREATE TABLE t1 ( f1 int NOT NULL, f4 varchar(1) NOT NULL)
CREATE TABLE t2 ( f1 int NOT NULL, f2 int NOT NULL)
PREPARE st1 FROM "\n        SELECT *\n        FROM t1\n        LEFT JOIN v2 ON ( v2.f2 = t1.f1 )\n        WHERE v2.f1 NOT IN (\n                SELECT 1 UNION\n                SELECT 247\n        )\n"
CREATE TABLE t2 ( a int, b varchar(1))
CREATE TABLE t1 (f1a int, f1b int)
CREATE TABLE t3 (f3a int default 1, f3b int default 2)
SELECT (SELECT f3a, f3a FROM t3  where f3a > 3) = (0, 0)
SELECT * FROM t1 WHERE a IN (SELECT a AS field1 FROM t1 GROUP BY field1)
SET optimizer_switch='subquery_cache=off'
SELECT COUNT(f1), (SELECT f1 FROM t1 WHERE f2 > 0 limit 1) AS f4 FROM t2, t1 WHERE 'v'= f3
SELECT COUNT(f1), exists(SELECT f1 FROM t1 WHERE f2 > 0 limit 1) AS f4 FROM t2, t1 WHERE 'v'= f3
EXPLAIN\nSELECT COUNT(f1), f2 > ALL (SELECT f1 FROM t1 WHERE f2 > 0) AS f4 FROM t2, t1 WHERE 'v'= f3
SELECT SUM(a) AS f1, a AS f2 FROM (t1, t2) HAVING f2 >= ALL (SELECT 4 UNION SELECT 5) AND f1 = 7
INSERT INTO t1 VALUES (1),(7)
SELECT MIN(a) AS min_a, a FROM t1 WHERE 0 HAVING a NOT IN ( SELECT 2 UNION SELECT 5 ) OR min_a != 1
SELECT * FROM t1\nWHERE a1 = (SELECT COUNT(*) FROM t1 WHERE a1 IN (SELECT a1 FROM t1, t2))
EXPLAIN\nSELECT\n  (SELECT MIN(b) FROM t1, t2\n     WHERE b = a AND (b = alias1.b OR EXISTS (SELECT * FROM t3))) AS m\nFROM t2 alias1, t1 alias2, t1 alias3
CREATE TABLE t2 (b INT, c VARCHAR(52), KEY(b)) ENGINE=MyISAM
set @tmp_mdev410=@@global.userstat
Select \n  (Select Sum(`TestCase`.Revenue) From t1 E\n    Where TestCase.TemplateID not in (Select 1 from t1 where 2=2)\n  ) As `ControlRev`\nFrom \n(Select  3 as Revenue, 4 as TemplateID) As `TestCase` \nGroup By  TestCase.Revenue, TestCase.TemplateID
INSERT INTO t3 VALUES (5),(5)
insert into t2 values (2), (5), (3), (2)
create table t12 (a int)
select * from t10 where exists (select * from t12 order by a limit 0)
explain select * from t10 where exists (select * from t12 order by a limit 0)
execute stmt1 using @l
select a from t3\n  where a in (select t2.b from t1 join t2 on t2.pk=t3.a where t1.pk=1)
CREATE TABLE t (a VARCHAR(1)) CHARACTER SET utf8mb3
SELECT ROW(1,2) = (1 = ANY (SELECT 1 UNION SELECT 2))
SELECT a FROM t1 WHERE (SELECT a, a UNION SELECT 1, a FROM t1) IN (SELECT 1, 1)
INSERT INTO x (x) VALUES (1), (1)
CREATE TABLE t1 (id BIGINT)
CREATE TABLE t1\n(\nDOCID VARCHAR(32)BINARY NOT NULL\n, UUID VARCHAR(32)BINARY NOT NULL\n, MIMETYPE VARCHAR(80)BINARY\n, CONTENTDATA LONGBLOB\n, CONTENTSIZE INTEGER\n, VERSIONID INTEGER\n, REPID VARCHAR(32)BINARY\n, MODIFIED TIMESTAMP\n, MODIFIER VARCHAR(255)BINARY\n, ORIGINATOR INTEGER\n\n, PRIMARY KEY ( DOCID )\n) ENGINE=InnoDB
INSERT IGNORE INTO t1 (DOCID) VALUES ("1"), ("2")
CREATE TABLE t2\n(\nDOCID VARCHAR(32)BINARY NOT NULL\n, DOCNAME VARCHAR(255)BINARY NOT NULL\n, DOCTYPEID VARCHAR(32)BINARY NOT NULL\n, FOLDERID VARCHAR(32)BINARY NOT NULL\n, AUTHOR VARCHAR(255)BINARY\n, CREATED TIMESTAMP NOT NULL\n, TITLE VARCHAR(255)BINARY\n, SUBTITLE VARCHAR(255)BINARY\n, DOCABSTRACT LONGBLOB\n, PUBLISHDATE TIMESTAMP\n, EXPIRATIONDATE TIMESTAMP\n, LOCKEDBY VARCHAR(80)BINARY\n, STATUS VARCHAR(80)BINARY\n, PARENTDOCID VARCHAR(32)BINARY\n, REPID VARCHAR(32)BINARY\n, MODIFIED TIMESTAMP NOT NULL\n, MODIFIER VARCHAR(255)BINARY NOT NULL\n, PUBLISHSTATUS INTEGER\n, ORIGINATOR INTEGER\n\n, PRIMARY KEY ( DOCID )\n) ENGINE=InnoDB
CREATE INDEX DDOCTYPEID_IDX ON t2 (DOCTYPEID)
CREATE INDEX DFOLDERID_IDX ON t2 (FOLDERID)
CREATE TABLE t3\n(\nFOLDERID VARCHAR(32)BINARY NOT NULL\n, FOLDERNAME VARCHAR(255)BINARY NOT NULL\n, CREATOR VARCHAR(255)BINARY\n, CREATED TIMESTAMP NOT NULL\n, DESCRIPTION VARCHAR(255)BINARY\n, FOLDERTYPE INTEGER NOT NULL\n, MODIFIED TIMESTAMP\n, MODIFIER VARCHAR(255)BINARY\n, FOLDERSIZE INTEGER NOT NULL\n, PARENTID VARCHAR(32)BINARY\n, REPID VARCHAR(32)BINARY\n, ORIGINATOR INTEGER\n\n, PRIMARY KEY ( FOLDERID )\n) ENGINE=InnoDB
INSERT INTO t3 VALUES("c373e9f5ad0791ad66cf444553544200", "test2", "admin", "2003-06-09 10:51:32", NULL, "0", "2003-06-09 10:51:32", "admin", "0", "c373e9f5ad0791724315444553544200", "03eea05112b845949f3fd03278b5fe43", NULL)
INSERT INTO t4 VALUES("c373e9f59cf15a5c6a99444553544200", "Movie Review", "This doc type is for movie reviews", "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\r\\n<props autocheckin=\\"false\\" autopublish=\\"false\\" binary=\\"choice\\" categories=\\"none\\" cleanup=\\"false\\" folder=\\"none\\"><![CDATA[Doc type for cm tests]]></props>\\r\\n", "2003-06-06 07:48:40", "admin", NULL)
INSERT INTO t4 VALUES("c373e9f59cf15a695d47444553544200", "Movie", NULL, NULL, "2003-06-06 07:48:41", "admin", NULL)
INSERT INTO t4 VALUES("c373e9f5ad079174ff17444553544200", "Discussion", NULL, NULL, "2003-06-09 10:51:25", "admin", NULL)
ALTER TABLE t3 ADD  FOREIGN KEY FK_FLDRS_PRNTID ( PARENTID)\n    REFERENCES t3 (FOLDERID )
CREATE TABLE t1 (a int(10) , PRIMARY KEY (a)) Engine=InnoDB
CREATE TABLE t3 (a int(10), b int(10), c int(10),\n                PRIMARY KEY (a)) Engine=InnoDB
INSERT INTO t2 VALUES (0, 4), (8, 6)
SET optimizer_switch='materialization=on,in_to_exists=on'
CREATE TABLE `t1` (\n  `node_uid` bigint(20) unsigned DEFAULT NULL,\n  `date` datetime DEFAULT NULL,\n  `mirror_date` datetime DEFAULT NULL,\n  KEY `date` (`date`)\n) ENGINE=MyISAM
INSERT INTO t2 VALUES (2,1), (6,4), (7,6), (9,4)
CREATE TABLE t2 (m int, n int, c2 varchar(1)) ENGINE=MyISAM
INSERT INTO t2 VALUES (0, 5, 'x'), (1, 4,'p')
create table t1 (a varchar(3))
insert into t1 values ('USA'), ('FRA')
insert into t2 values ('RUS')
create table t3 select * from t2
CREATE TABLE t2 (\n\tkey_code INT(11) NOT NULL,\n\ttarget_date DATE NULL DEFAULT NULL,\n\tPRIMARY KEY (key_code)\n) COLLATE='utf8_general_ci' ENGINE=InnoDB
CREATE TABLE t3 (\n\tnow_date DATE NOT NULL,\n\tPRIMARY KEY (now_date)\n) COLLATE='utf8_general_ci' ENGINE=InnoDB
SET @s = 'SELECT A.* FROM t1 A WHERE A.key_code IN (SELECT key_code FROM v1)'
CREATE TABLE t1(\n  q11 int, q12 int, q13 int, q14 int, q15 int, q16 int, q17 int, q18 int, q19 int,\n  q21 int, q22 int, q23 int, q24 int, q25 int, q26 int, q27 int, q28 int, q29 int,\n  f1 int\n)
INSERT INTO t1 VALUES (1, 1), (2, 1)
CREATE TABLE t2 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n `col_int_key` int(11) NOT NULL,\n  col_varchar_key varchar(1) NOT NULL,\n  PRIMARY KEY (pk),\n  KEY `col_int_key` (`col_int_key`),\n  KEY `col_varchar_key` (`col_varchar_key`)\n) ENGINE=MyISAM
CREATE VIEW v2 AS SELECT 1 LIKE '%' ESCAPE ( 1 IN ( SELECT 1 ) )
INSERT INTO t3 VALUES ( NULL, NULL ), ( NULL, NULL )
INSERT INTO t4 VALUES (1), (2), (3)
SELECT * FROM t1 WHERE ( a, b ) IN ( SELECT c, d FROM t2 ) IS NULL
EXPLAIN\nSELECT * FROM t1 WHERE ( a, b ) NOT IN ( SELECT e, f FROM t3 )
SET SESSION optimizer_switch = @old_optimizer_switch
INSERT INTO t1 VALUES (0,10), (1,20), (2,30), (3,40)
CREATE TABLE t2c (pk INT NOT NULL, i INT NOT NULL)
SELECT t1.pk, NULL NOT IN (SELECT t2b.i FROM t2b  WHERE t2b.pk = t1.pk) FROM t1
SELECT t1.pk, NULL NOT IN (SELECT t2d.i FROM t2d  WHERE t2d.pk = t1.pk) FROM t1
SELECT (NULL, 1) NOT IN (SELECT t2a.i, t2a.pk FROM t2a WHERE t2a.pk = t1.pk) as exp from t1
SELECT * FROM t1 WHERE (NULL, 1) NOT IN (SELECT t2c.i, t2c.pk FROM t2c WHERE t2c.pk = t1.pk)
CREATE TABLE t2 (d int , KEY (d))
EXPLAIN EXTENDED SELECT (SELECT 1 FROM t2 WHERE d = IFNULL(c,NULL)) AS RESULT FROM t1 GROUP BY c
INSERT INTO t3 VALUES  ('E1','P3',80)
INSERT INTO t3 VALUES  ('E1','P4',20)
set @old_icp=@@optimizer_switch
INSERT INTO t1 (col_varchar) \nVALUES\n('w'),\n('m')
explain \nselect a, \n       (select sum(X.a+B.b) from t1 X, t2 B where B.a=A.a or B.b=A.a)\nfrom t1 A
CREATE TABLE t1 ( f1 int(11), f3 varchar(1))
CREATE TABLE t2 ( f4 varchar(1))
INSERT INTO t2 VALUES (7, 8)
EXPLAIN\nSELECT (2, 0) NOT IN (SELECT f3, min(f4) FROM t2 WHERE f3 > 10) as not_in
EXPLAIN\nSELECT * FROM t1 WHERE (2, 0) NOT IN (SELECT f3, f3 + count(f4) FROM t2 WHERE f3 > 10)
EXPLAIN\nSELECT (2, 0) NOT IN (SELECT f3, count(f4) FROM t2 WHERE f3 > 10) as not_in
SELECT (2, 0) NOT IN (SELECT max(f3+f3), count(f4) FROM t2 WHERE f3 > 10) as not_in
CREATE TABLE t1 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n  f2 int(11) NOT NULL,\n  f3 varchar(1) NOT NULL,\n  PRIMARY KEY (pk),\n  KEY f2 (f2))
CREATE TABLE t1 ( f1 varchar(32))
CREATE TABLE t2 ( f2 int, f3 varchar(32))
CREATE TABLE t4 (c1 varchar(1) primary key)
EXPLAIN\nSELECT * FROM (t2 LEFT JOIN t1 ON t1.c1) LEFT JOIN t3 on t3.c1 WHERE 's' IN (SELECT c1 FROM t2)
EXPLAIN\nSELECT * FROM t4 LEFT JOIN t2 ON t4.c1 WHERE 's' IN (SELECT c1 FROM t2)
CREATE TABLE t1 (f1 int,f2 int)
set @@optimizer_switch='in_to_exists=on,materialization=off,semijoin=off'
EXPLAIN\nSELECT * FROM t1 WHERE\n(SELECT f2 FROM t2\n WHERE f4 <= ALL\n       (SELECT max(SQ1_t1.f4)\n        FROM t3 AS SQ1_t1 JOIN t3 AS SQ1_t3 ON SQ1_t3.f4\n        GROUP BY SQ1_t1.f4))
EXPLAIN\nSELECT (SELECT f1 FROM t1) AS field1 FROM t2 ORDER BY field1
SELECT (SELECT f1 FROM t1) AS field1 FROM t2 ORDER BY field1
SELECT f2\nFROM (SELECT * FROM t2) AS alias1\nWHERE (SELECT SQ2_t2.f1\n       FROM t1 JOIN t1 AS SQ2_t2 ON SQ2_t2.f3\n       WHERE SQ2_t2.f3 AND alias1.f1)\nORDER BY f3
EXPLAIN\nSELECT 'bug' FROM t3 WHERE ( 5 ) IN (SELECT * FROM v2)
EXPLAIN\nSELECT ( 5 ) IN ( SELECT * FROM v2 )
INSERT INTO t1 VALUES\n(8,8,'a1a'),\n(10,5,'b1b')
CREATE TABLE t2 (f1b int, f2b int not null, f3b varchar(3) not null, PRIMARY KEY (f1b))
SELECT * FROM t2 WHERE (f1b) IN (SELECT max(f1a) FROM t1 GROUP BY f1a, f2a)
CREATE TABLE t2 (b1 int, b2 int)
INSERT IGNORE INTO t2 VALUES (1,0),(5,0)
INSERT IGNORE INTO t3 VALUES (1,0),(5,0)
INSERT INTO t1 VALUES (8,'v','v')
CREATE TABLE t2 (\n  col_int_key int(11) DEFAULT NULL,\n  col_varchar_key varchar(1) DEFAULT NULL,\n  col_varchar_nokey varchar(1) DEFAULT NULL,\n  KEY col_int_key (col_int_key),\n  KEY col_varchar_key (col_varchar_key,col_int_key)\n) ENGINE=MyISAM DEFAULT CHARSET=latin1
insert into t1 values (2,'x'), (5,'y')
set @@optimizer_switch='materialization=on,in_to_exists=off,semijoin=off,subquery_cache=off'
PREPARE st1 FROM "SELECT * FROM t1 JOIN v2 ON t1.f2 > 'a' WHERE v2.f3 IN ( SELECT f2 FROM t1 )"
EXECUTE st3
CREATE TABLE t3 ( f1 int(11), f4 varchar(1))
CREATE TABLE t1 ( f4 varchar(1)) ENGINE=MyISAM
CREATE TABLE t3 ( f3 varchar(1))
PREPARE st1 FROM '\nSELECT * FROM t2\nWHERE f2 <= SOME ( SELECT f1 FROM t1 );\n'
set optimizer_switch=@subselect4_tmp
INSERT INTO t4 VALUES (2),(8)
SELECT * FROM t2\nWHERE t2.b IN (SELECT b FROM t3 WHERE t3.a = t2.a AND a < SOME (SELECT * FROM t4))\n   OR ( t2.c > 242 )
SELECT * FROM t2\nWHERE t2.b IN (SELECT t3.b FROM t3 WHERE t3.a < ANY (SELECT t4.a FROM t4) and t3.a = 7)
EXPLAIN\nSELECT MAX(a), ( SELECT 1 FROM t2 where b = a) AS bb FROM t1
SELECT MAX(a), a in ( SELECT b FROM t2 ) AS bb FROM t1
INSERT INTO t2 VALUES (8, '06:17:39')
SELECT * FROM t1 WHERE a1 IN ( \n  SELECT a2 FROM t2 WHERE a2 IN ( \n    SELECT a3 FROM t3 WHERE b2 = b1 AND b2 <= b1 ORDER BY b3 \n  )\n)
CREATE TABLE t2 (pk INT PRIMARY KEY, b INT, c VARCHAR(1))  ENGINE=MyISAM
INSERT INTO t2 VALUES ('r', 1, '2013-10-05 14:25:30')
INSERT INTO t2 VALUES (1,'BE','BEL'), (2,'MX','MEX')
SELECT * FROM t2 \n  WHERE f NOT IN (SELECT b FROM t1\n                    WHERE 0 OR (c IN ('USA') OR c NOT IN ('USA')) AND a = b)
CREATE TABLE t2 (pk INT PRIMARY KEY, b INT) ENGINE=MyISAM
INSERT INTO t2 VALUES (1,1),(2,7)
CREATE TABLE t1 (id int not null auto_increment, x int not null, primary key(id))
select (null)  in (select 1 from t2)
create table t1 (i1 int, i2 int)
insert into t1 values (1314, 1084),(1330, 1084),(1401, 1084),(580, 1084)
set @save_sql_select_limit= @@sql_select_limit
CREATE TABLE t1(l1 varchar(10), i2 int)
INSERT INTO t1 VALUES ('Central America and the Caribbean',91,11797)
CREATE TABLE t1 (i INT DEFAULT 0, c VARCHAR(2048))
INSERT INTO t2 VALUES ('1'),('bar')
DELETE FROM t2 WHERE f IN ( SELECT MAX(c) FROM t1 GROUP BY c WITH ROLLUP )
INSERT INTO t1 VALUES (1,1), (2,2), (3,3), (4,4), (5,5)
SELECT a FROM t1 WHERE (a, a) IN (SELECT 1, 2) AND a = (SELECT MIN(b) FROM t2)
INSERT INTO t1 VALUES\n(9,'y'),(4,'q'),(0,null),(0,'p'),(null,'j')
INSERT INTO t4 VALUES\n('a'),('a'),('b'),('b'),('c'),('c'),\n('d'),('d'),('e'),('e'),('f'),('f'),\n('g'),('g'),('h'),('h'),('i'),('i'),\n('j'),('j'),('k'),('k'),('l'),('l'),\n('m'),('m'),('n'),('n'),('o'),('o'),\n('p'),('p'),('q'),('q'),('r'),('r'),\n('s'),('s'),('t'),('t'),('u'),('u'),('v'),('v'),\n('w'),('w'),('x'),('x'), (NULL),(NULL)
SELECT\n  1 IN (\n    SELECT\n      (SELECT COUNT(id)\n       FROM t1\n       WHERE t1_outer.id <> id\n       ) AS f\n    FROM\n      t1 AS t1_outer\n    GROUP BY 1\n  ) as exp
CREATE TABLE t10 (\n  key1 varchar(30) NOT NULL,\n  col1 int,\n  filler char(100),\n  PRIMARY KEY (key1)\n)
INSERT INTO t1 VALUES (15), (1), (2)
SELECT 1 union select 2 UNION SELECT 1 from t JOIN t b ON\n  (SELECT 1 FROM dual WHERE AAA)
CREATE TABLE t1 AS\n  SELECT CONCAT((SELECT 9 FROM t0) * (SELECT 9 FROM t0)) AS c1,\n  CONCAT(9 * 9) AS c2
set optimizer_switch='subquery_cache=on'
analyze format=json\nselect a, (select d from t2 where b=c), (select d from t2 where b=c union select 1 order by 1 limit 1) from t1
select a from t1 where a > 0 having (select d from t2 where b=c)
select ta.a, tb.a from t1 ta left join t1 tb on (select d from t2 where tb.b=c)
select a, b , b in (select d from t2) as SUBS from t1
insert into t2 values (8,NULL)
select a, b, (a, b) not in (select d, c from t2) as SUBS from t1
select a, b, (b, a) in (select d, c from t2) as SUBS from t1
CREATE TABLE t1 ( a char(1), b char (1))
INSERT INTO t1 VALUES('1','1'),('2','2'),('3','3')
INSERT INTO t1 VALUES('01:01:01','01:01:01'),('02:02:02','02:02:02'),('03:03:03','03:03:03')
SELECT a+0 FROM t1 WHERE NOT a IN (SELECT a FROM t1 WHERE b = 2)
INSERT INTO t1 VALUES(POINT(1,1),POINT(1,1)),(POINT(2,2),POINT(2,2)),(POINT(3,3),POINT(3,3))
SELECT (SELECT t1_outer.a FROM t1 AS t1_inner GROUP BY b LIMIT 1) FROM t1 AS t1_outer
set local group_concat_max_len=default
CREATE TABLE t2 (c int,  d INT)
set optimizer_switch='default,semijoin=on,materialization=on,subquery_cache=on'
select * from t1 where a in (select pk from t2)
set optimizer_switch='default,semijoin=off,materialization=on,subquery_cache=on'
INSERT INTO `t2` VALUES (12,5,9,'00:00:00','a','a')
INSERT INTO `t2` VALUES (13,3,186,'19:53:05','m','m')
INSERT INTO `t2` VALUES (24,0,6,'00:00:00','e','e')
INSERT INTO `t2` VALUES (28,5,6,'21:44:25','m','m')
INSERT INTO `t1` VALUES (4,7,9,'19:24:11','k','k')
INSERT INTO `t1` VALUES (17,0,9,'19:56:05','m','m')
INSERT INTO `t1` VALUES (4,7,9,NULL,NULL,'19:24:11','19:24:11','2009-07-25 00:00:00','2009-07-25 00:00:00','k','k')
INSERT INTO `t1` VALUES (6,2,9,'2002-12-16','2002-12-16','00:00:00','00:00:00','2008-07-27 00:00:00','2008-07-27 00:00:00','t','t')
INSERT INTO `t1` VALUES (15,1,0,'2003-05-27','2003-05-27','13:12:11','13:12:11','2007-12-15 12:39:34','2007-12-15 12:39:34','t','t')
INSERT INTO `t1` VALUES (19,NULL,6,'2004-08-20','2004-08-20','05:03:03','05:03:03','2007-04-19 00:19:53','2007-04-19 00:19:53','f','f')
CREATE TABLE `t2` (\n  `pk` int(11) NOT NULL AUTO_INCREMENT,\n  `col_int_nokey` int(11) DEFAULT NULL,\n  `col_int_key` int(11) DEFAULT NULL,\n  `col_date_key` date DEFAULT NULL,\n  `col_date_nokey` date DEFAULT NULL,\n  `col_time_key` time DEFAULT NULL,\n  `col_time_nokey` time DEFAULT NULL,\n  `col_datetime_key` datetime DEFAULT NULL,\n  `col_datetime_nokey` datetime DEFAULT NULL,\n  `col_varchar_key` varchar(1) DEFAULT NULL,\n  `col_varchar_nokey` varchar(1) DEFAULT NULL,\n  PRIMARY KEY (`pk`),\n  KEY `col_int_key` (`col_int_key`),\n  KEY `col_date_key` (`col_date_key`),\n  KEY `col_time_key` (`col_time_key`),\n  KEY `col_datetime_key` (`col_datetime_key`),\n  KEY `col_varchar_key` (`col_varchar_key`,`col_int_key`)\n)
INSERT INTO `t2` VALUES (22,NULL,5,'2006-05-21','2006-05-21','06:01:40','06:01:40','2004-01-26 20:32:32','2004-01-26 20:32:32','e','e')
INSERT INTO `t2` VALUES (27,7,7,'2008-04-07','2008-04-07','13:02:46','13:02:46',NULL,NULL,'x','x')
CREATE TABLE `t4` (\n  `pk` int(11) NOT NULL AUTO_INCREMENT,\n  `col_int_nokey` int(11) DEFAULT NULL,\n  `col_int_key` int(11) DEFAULT NULL,\n  `col_date_key` date DEFAULT NULL,\n  `col_date_nokey` date DEFAULT NULL,\n  `col_time_key` time DEFAULT NULL,\n  `col_time_nokey` time DEFAULT NULL,\n  `col_datetime_key` datetime DEFAULT NULL,\n  `col_datetime_nokey` datetime DEFAULT NULL,\n  `col_varchar_key` varchar(1) DEFAULT NULL,\n  `col_varchar_nokey` varchar(1) DEFAULT NULL,\n  PRIMARY KEY (`pk`),\n  KEY `col_int_key` (`col_int_key`),\n  KEY `col_date_key` (`col_date_key`),\n  KEY `col_time_key` (`col_time_key`),\n  KEY `col_datetime_key` (`col_datetime_key`),\n  KEY `col_varchar_key` (`col_varchar_key`,`col_int_key`)\n)
INSERT INTO `t4` VALUES (15,5,1,'2004-09-12','2004-09-12','17:39:57','17:39:57','2000-02-17 19:41:23','2000-02-17 19:41:23','z','z')
INSERT INTO `t4` VALUES (16,1,5,'2006-06-20','2006-06-20','08:23:21','08:23:21','2003-09-20 07:38:14','2003-09-20 07:38:14','j','j')
INSERT INTO `t4` VALUES (22,1,0,'1900-01-01','1900-01-01','20:34:52','20:34:52','2004-03-04 13:46:31','2004-03-04 13:46:31','s','s')
INSERT INTO `t4` VALUES (23,0,9,'1900-01-01','1900-01-01',NULL,NULL,'1900-01-01 00:00:00','1900-01-01 00:00:00','u','u')
INSERT INTO `t4` VALUES (26,8,1,'2008-06-18','2008-06-18',NULL,NULL,'2000-10-27 00:00:00','2000-10-27 00:00:00','o','o')
INSERT INTO `t4` VALUES (28,9,5,'2005-10-06','2005-10-06','06:34:09','06:34:09','2008-04-12 17:03:52','2008-04-12 17:03:52','b','b')
INSERT INTO `t4` VALUES (33,0,0,NULL,NULL,'21:32:42','21:32:42','2001-12-16 05:31:53','2001-12-16 05:31:53','p','p')
INSERT INTO `t4` VALUES (36,75,255,'2005-12-22','2005-12-22','02:05:45','02:05:45','2008-06-15 02:13:00','2008-06-15 02:13:00','d','d')
INSERT INTO `t4` VALUES (42,0,4,'2009-02-14','2009-02-14','03:37:09','03:37:09','2000-01-06 20:32:48','2000-01-06 20:32:48','y','y')
INSERT INTO `t4` VALUES (54,7,6,NULL,NULL,'21:40:32','21:40:32','1900-01-01 00:00:00','1900-01-01 00:00:00','h','h')
INSERT INTO `t4` VALUES (56,145,23,'2005-03-10','2005-03-10','16:47:26','16:47:26','2001-02-05 02:01:50','2001-02-05 02:01:50','n','n')
INSERT INTO `t4` VALUES (58,1,4,'2002-11-03','2002-11-03','05:25:59','05:25:59','2005-03-20 10:53:59','2005-03-20 10:53:59','b','b')
INSERT INTO `t4` VALUES (68,NULL,2,'2004-09-14','2004-09-14','11:41:50','11:41:50',NULL,NULL,'e','e')
INSERT INTO `t4` VALUES (77,2,7,'2000-04-15','2000-04-15','00:00:00','00:00:00','2006-04-25 05:43:44','2006-04-25 05:43:44','q','q')
INSERT INTO `t4` VALUES (78,248,25,NULL,NULL,'01:16:45','01:16:45','2009-10-25 22:04:02','2009-10-25 22:04:02',NULL,NULL)
INSERT INTO `t4` VALUES (79,NULL,NULL,'2001-10-18','2001-10-18','20:38:54','20:38:54','2004-08-06 00:00:00','2004-08-06 00:00:00','h','h')
INSERT INTO `t4` VALUES (88,119,147,'2005-02-16','2005-02-16','00:00:00','00:00:00',NULL,NULL,'c','c')
INSERT INTO `t4` VALUES (92,7,2,'2003-04-27','2003-04-27','12:54:58','12:54:58','2005-07-12 00:00:00','2005-07-12 00:00:00','t','t')
INSERT INTO `t4` VALUES (93,2,1,'2005-10-13','2005-10-13','04:02:43','04:02:43','2006-07-22 09:46:34','2006-07-22 09:46:34','l','l')
INSERT INTO `t4` VALUES (98,1,1,'1900-01-01','1900-01-01',NULL,NULL,'2009-08-08 22:38:53','2009-08-08 22:38:53','j','j')
INSERT INTO `t2` VALUES (19,5,1,'h','h')
INSERT INTO `t2` VALUES (23,1,8,'j','j')
INSERT INTO `t2` VALUES (26,8,4,'v','v')
INSERT INTO `t1` VALUES (1,NULL,2,'w','w')
INSERT INTO `t1` VALUES (14,2,3,'n','n')
INSERT INTO `t4` VALUES (13,NULL,8,NULL,'q','q')
INSERT INTO `t4` VALUES (29,5,9,'21:22:47',NULL,NULL)
INSERT INTO `t4` VALUES (33,0,0,'21:32:42','p','p')
INSERT INTO `t4` VALUES (42,0,4,'03:37:09','y','y')
INSERT INTO `t4` VALUES (48,8,NULL,'20:53:28','g','g')
INSERT INTO `t4` VALUES (49,NULL,8,'11:46:03','x','x')
INSERT INTO `t4` VALUES (59,7,NULL,'00:00:00','x','x')
INSERT INTO `t4` VALUES (60,3,NULL,'20:33:04','r','r')
INSERT INTO `t4` VALUES (67,1,6,'22:21:30','z','z')
INSERT INTO `t4` VALUES (80,9,0,'00:30:15','d','d')
INSERT INTO `t4` VALUES (83,9,5,'10:54:27','i','i')
INSERT INTO `t4` VALUES (94,6,8,'11:31:12','a','a')
INSERT INTO `t4` VALUES (95,4,8,'20:20:04','r','r')
CREATE TABLE `t1` (\n  `pk` int(11) NOT NULL AUTO_INCREMENT,\n  `col_int_nokey` int(11) DEFAULT NULL,\n  `col_int_key` int(11) DEFAULT NULL,\n  `col_date_key` date DEFAULT NULL,\n  `col_date_nokey` date DEFAULT NULL,\n  `col_time_key` time DEFAULT NULL,\n  `col_time_nokey` time DEFAULT NULL,\n  `col_datetime_key` datetime DEFAULT NULL,\n  `col_datetime_nokey` datetime DEFAULT NULL,\n  `col_varchar_key` varchar(1) DEFAULT NULL,\n  `col_varchar_nokey` varchar(1) DEFAULT NULL,\n  PRIMARY KEY (`pk`),\n  KEY `col_varchar_key` (`col_varchar_key`,`col_int_key`)\n) ENGINE=MyISAM AUTO_INCREMENT=21 DEFAULT CHARSET=latin1
INSERT INTO `t1` VALUES (16,1,'c')
INSERT INTO `t3` VALUES (14,0,'w')
INSERT INTO `t3` VALUES (19,6,'n')
INSERT INTO `t3` VALUES (31,NULL,'y')
INSERT INTO `t3` VALUES (32,105,'u')
INSERT INTO `t3` VALUES (33,0,'p')
INSERT INTO `t3` VALUES (39,NULL,'b')
INSERT INTO `t3` VALUES (50,6,'s')
INSERT INTO `t3` VALUES (56,145,'n')
INSERT INTO `t3` VALUES (74,27,'o')
INSERT INTO `t3` VALUES (83,9,'i')
INSERT INTO `t3` VALUES (87,1,'v')
INSERT INTO `t3` VALUES (88,119,'c')
INSERT INTO `t3` VALUES (89,1,'y')
INSERT INTO `t3` VALUES (92,7,'t')
INSERT INTO `t1` VALUES (11,1,9,'r','r')
INSERT INTO `t1` VALUES (13,3,186,'m','m')
INSERT INTO `t1` VALUES (28,5,6,'m','m')
INSERT INTO `t2` VALUES (8,8,8,'u','u')
INSERT INTO `t2` VALUES (13,188,166,'e','e')
INSERT INTO `t2` VALUES (15,1,0,'t','t')
INSERT INTO `t2` VALUES (18,9,5,'y','y')
INSERT INTO `t2` VALUES (19,NULL,6,'f','f')
CREATE TABLE `t1` (\n  `pk` int(11) NOT NULL AUTO_INCREMENT,\n  `col_varchar_key` varchar(1) DEFAULT NULL,\n  PRIMARY KEY (`pk`),\n  KEY `col_varchar_key` (`col_varchar_key`)\n) DEFAULT CHARSET=latin1
CREATE TABLE `t3` (\n  `pk` int(11) NOT NULL AUTO_INCREMENT,\n  `col_varchar_key` varchar(1) DEFAULT NULL,\n  PRIMARY KEY (`pk`),\n  KEY `col_varchar_key` (`col_varchar_key`)\n) DEFAULT CHARSET=latin1
INSERT INTO t4 VALUES (26,9),(27,5),(28,0),(29,3)
CREATE OR REPLACE VIEW v1 AS\nSELECT t2.b\nFROM t1\nJOIN t2\nWHERE t2 .c > (\n        SELECT t2.c FROM t3\n        )
SELECT t1 . c22 AS c9 FROM ( SELECT ( SELECT + EXISTS ( SELECT -128 AS c29 ) <<\nLOCATE ( t0 . c43 , t0 . c24 <= t0 . c24 NOT BETWEEN 4642475734208631537 AND\n-108 , NULLIF ( 57 , -8 ) SOUNDS LIKE TRIM( TRAILING FROM 6107036197732405580 )\n) - t0 . c43 AS c57 FROM t0 LIMIT 1 ) AS c22 FROM t0 ) AS t1 HAVING TRIM( CASE\nt1 . c22 WHEN -16 THEN RAND ( ) % HEX ( t1 . c22 ) - SUBSTRING_INDEX ( t1 . c22,\n':A9SEZxtjN,fKN*zR' , 'V*vhJb}&c%Op,[T[S,j`F9NDsK;\\'8 4;m"\nP,ce}1r"3ID1DN' ) >> NULLIF ( t1 . c22 , -95 ) ELSE -2 END IS TRUE\nFROM t1 . c22 >= EXISTS ( SELECT t2 . c57 AS c59 FROM ( SELECT CASE c24 WHEN\n-103 THEN 85 ELSE 22 END IS TRUE AS c57 FROM t0 ) AS t2 WHERE MOD ( 64 , 46 ) =\nCONVERT ( 73 , BINARY ) % RAND ( ) IS NOT NULL = -65 GROUP BY c57 , c22 , c22\nWINDOW w0 AS ( PARTITION BY t2 . c57 ) ) & PI ( ) )
CREATE TABLE t0 ( c15 INT , c33 INT ) engine=innodb
select NULL IN (SELECT (SELECT x FROM (SELECT x FROM\n(SELECT 0 IN (SELECT x=0 FROM (SELECT x FROM (SELECT (SELECT (SELECT (SELECT\n(SELECT 0 AS x) FROM x AS x) IN (SELECT 0 AS x) AS x) FROM x AS x) IN\n(SELECT x WHERE x=0) AS x FROM x AS x) AS x) AS x GROUP BY x) AS x FROM x) AS x)\nAS x) IN (SELECT 0 AS x) AS x FROM x) as exp
SELECT 0\nWHERE 0 IN\n(\n  SELECT 0 FROM\n  (\n    SELECT 0 IN\n    (\n      SELECT\n      (\n        SELECT c1 FROM t\n      )\n    ) AS c\n    FROM t\n  ) AS dt\n  WHERE c GROUP BY c\n)
prepare s from '\nexplain\nselect\n  a, a in (select a from v2 where a>3 group by v2.SUBQ1)\nfrom t1'
CREATE TABLE t2 ( b varchar(1))
alter table t3 add index bb (b)
explain extended\nSELECT * FROM t1 WHERE\n  EXISTS ( SELECT * FROM t2 WHERE b = a )\n  OR a > 0
SELECT ( SELECT b FROM t2 WHERE NOT EXISTS ( SELECT c FROM t3 WHERE c = b ) ) as exp FROM t1
SET optimizer_switch='exists_to_in=off,subquery_cache=off'
INSERT INTO t2 VALUES \n  (4,'j','j'),(6,'v','v')
CREATE TABLE t2 ( c VARCHAR(3) )
SELECT * FROM t1 AS alias1, t1 AS alias2 \nWHERE EXISTS ( \n  SELECT * FROM t1, t2 \n  WHERE a <= alias2.a AND c = alias1.b \n) OR alias1 .a = 'foo'
SET optimizer_switch='materialization=off,exists_to_in=on'
INSERT INTO t1 VALUES (0),(8),(1)
INSERT INTO t1 VALUES ('v','v'),('s','v')
SET optimizer_switch = 'exists_to_in=on,semijoin=off'
SET optimizer_switch = 'exists_to_in=on,materialization=on,semijoin=on'
CREATE TABLE t1 (a INT, b VARCHAR(1) NOT NULL)
INSERT INTO t1 VALUES (1,'s'),(2,'e')
INSERT INTO t2 VALUES ('b'),('y')
explain extended\nselect * from t1 where exists (select col2 from t2 where t2.col1=t1.col1 and t2.col2=t1.col2)
SET optimizer_switch = 'exists_to_in=on'
SELECT * FROM t1\nWHERE NOT EXISTS ( SELECT * FROM t2 WHERE b2 = b1 AND a2 = a1 )
INSERT INTO t1 VALUES (4,'b'),(5,'y')
INSERT INTO t2 VALUES ('z'),('b')
PREPARE stmt FROM ' \nSELECT * FROM t1 AS alias \nWHERE NOT EXISTS ( SELECT * FROM t1 WHERE t1.a = alias.a ) \n'
CREATE ALGORITHM=MERGE VIEW v AS \nSELECT * FROM t1 WHERE EXISTS ( SELECT * FROM t2 WHERE b = a )
CREATE TABLE t1 (i INT, c1 CHAR(5), c2 CHAR(5), t1_field VARCHAR(1)) ENGINE=MyISAM
CREATE TABLE t1 (\n pk INT, f1 INT NOT NULL, f2 VARCHAR(3), f3 INT NULL, PRIMARY KEY(pk))\nENGINE=MyISAM
CREATE TABLE t1(id INT, val INT)
CREATE PROCEDURE p1()\nBEGIN\n  SELECT * FROM (SELECT DISTINCT id FROM t1) a\n  WHERE NOT a.id IN (SELECT b.id FROM t1 b);\n  SELECT * FROM (SELECT DISTINCT id FROM t1) a\n  WHERE NOT EXISTS (SELECT * FROM t1 b WHERE a.id=b.id);\nEND;
insert into t2 values ('BBBB2222', 'VSL', 'LAX')
SELECT\n    W0.`id`\nFROM\n    `t1` W0\nWHERE (\n    EXISTS(\n        SELECT\n            V0.`id`\n        FROM\n            `t2` V0\n        WHERE (\n            EXISTS(\n                SELECT\n                    U0.`id`\n                FROM\n                    `t2` U0\n                    INNER JOIN `t3` U4 ON (U0.`id` = U4.`storage_target_id`)\n                WHERE (\n                        U0.`ip_id` = V0.`ip_id`\n                        AND U4.`storage_method_id` = (\n                            SELECT\n                                U5.`storage_method_id`\n                            FROM\n                                `t3` U5\n                            WHERE\n                                U5.`storage_target_id` = V0.`id`\n                            LIMIT\n                                1\n                        )\n                )\n            )\n        )\n    )\n)
insert into t2 select a,a from t11
explain  select *  from t1  where    exists (select t2.a from t2 left join t3 on (t3.b=t1.b) where t2.a=t1.a)
create index Language on CountryLanguage(Language)
EXPLAIN\nSELECT Name FROM Country\nWHERE (EXISTS (select 1 from City where City.Population > 100000 and\nCode = Country) OR\n       Name LIKE 'L%') AND\n      surfacearea > 1000000
set @@optimizer_switch=ifnull(@optimizer_switch_for_subselect_extra_test,\n                              "semijoin=on,firstmatch=on,loosescan=on,semijoin_with_cache=on,partial_match_rowid_merge=off,partial_match_table_scan=off")
insert into t1 (id, cur_date) values (1, '2007-04-25 18:30:22')
insert into t2 (id, cur_date) values (1, '2007-04-25')
create table dim (id int, attr int, fromdate date,\n                  primary key (id, fromdate), key (attr, fromdate))
drop table fact, dim
set @optimizer_switch_for_subselect_extra_test=null
SET @saved_stats_persistent = @@GLOBAL.innodb_stats_persistent
CREATE INDEX CMFLDRPARNT_IDX ON t1 (PARENTID)
INSERT INTO t1 VALUES("0c9aab05b15048c59bc35c8461507deb", "System", "System", "2003-06-05 16:30:00", "The system content repository folder.", "3", "2003-06-05 16:30:00", "System", "0", NULL, "9c9aab05b15048c59bc35c8461507deb", "1")
create table t2 (a int) engine=innodb
CREATE TABLE t2 (\n  id int(11) NOT NULL default '0',\n  b int(11) default NULL,\n  c char(3) default NULL,\n  PRIMARY KEY  (id),\n  KEY t2i (b)\n) ENGINE=innodb DEFAULT CHARSET=latin1
INSERT INTO t2 VALUES (0,0,'GPL'),(1,0,'GPL'),(2,1,'GPL'),(3,2,'GPL')
select (select max(id) from t2 where b=1 group by b) as x,b from t1 where b=1
CREATE TABLE `t1` ( `a` char(3) NOT NULL default '', `b` char(3) NOT NULL default '', `c` char(3) NOT NULL default '', PRIMARY KEY  (`a`,`b`,`c`)) ENGINE=InnoDB
PREPARE my_stmt FROM "SELECT t1.b, count(*) FROM t1 group by t1.b having\ncount(*) > ALL (SELECT COUNT(*) FROM t2 WHERE t2.a=1 GROUP By t2.b)"
CREATE TABLE t1 (\n  col_time_key time DEFAULT NULL,\n  col_datetime_key datetime DEFAULT NULL,\n  col_varchar_nokey varchar(1) DEFAULT NULL,\n  KEY col_time_key (col_time_key),\n  KEY col_datetime_key (col_datetime_key)\n) ENGINE=InnoDB DEFAULT CHARSET=latin1
INSERT INTO t1 VALUES ('21:44:25','2001-04-25 01:26:12','m')
select 1 from t1 where 1 like (select 1 from t1 where 1 <=> (select 1 from t1 group by a1))
CREATE TABLE t3 (d INT) ENGINE=InnoDB
SELECT * FROM t1 WHERE EXISTS ( SELECT b FROM t2, t3 GROUP BY b HAVING b != 3 )
CREATE TABLE t3 (i3 INT PRIMARY KEY) ENGINE=InnoDB
explain select \n   (SELECT \n      concat(id, '-', key1, '-', col1)\n    FROM t2\n    WHERE t2.key1 = t1.a\n    ORDER BY t2.id ASC LIMIT 1)\nfrom \n  t1
alter table t2 add key(key2)
explain select \n   (SELECT \n      concat(id, '-', key1, '-', col1)\n    FROM t2\n    WHERE t2.key1 = t1.a\n    ORDER BY t2.key2 ASC LIMIT 1)\nfrom \n  t1
INSERT INTO t1 VALUES (3),(2)
SELECT 1 IN (\n  SELECT NULL\n  FROM t1\n  WHERE\n    a IS NOT NULL\n  GROUP BY\n    (SELECT NULL from dual WHERE a = 1)\n) as exp
select 1 from t1 where not exists\n(\n  select 1 from t1 where binary current_time()\n  group by (select a),(select 1)\n)
PREPARE st1 FROM "\nSELECT *\nFROM t2 LEFT JOIN t2 t3 ON (8, 4) IN (SELECT c1, c1 FROM t1)"
INSERT INTO t1 VALUES (1,'o','ffff','ffff','ffoo'),(2,'f','ffff','ffff','ffff')
SELECT f1 FROM t3\nWHERE \n  f1 NOT IN (SELECT MAX(f2) FROM t1) AND \n  f3 IN (SELECT MIN(f1) FROM t2) AND \n  f1 IN (SELECT COUNT(f2) FROM t1)
SET @@optimizer_switch = @_save_optimizer_switch
SELECT (SELECT f3a FROM t3) NOT IN (SELECT f1a FROM t1)
CREATE TABLE t2 (f1 int NOT NULL, f2 int, f3 int)
CREATE TABLE t1 (a int, b int, KEY (b))
create table t1 (v1 varchar(1)) engine=myisam
create table t2 (v1 varchar(1)) engine=myisam
set @@optimizer_switch = "materialization=on,in_to_exists=off,semijoin=off"
explain format=json select * from t1 where a in (select b from t2)
insert into t3 (c) values (3), (null), (4)
set @@optimizer_switch="partial_match_rowid_merge=off,partial_match_table_scan=on"
EXPLAIN\nSELECT Country.Name\nFROM Country, CountryLanguage \nWHERE Code NOT IN (SELECT Country FROM CountryLanguage WHERE Language = 'English')\n  AND CountryLanguage.Language = 'French'\n  AND Code = Country
set statement optimizer_switch='rowid_filter=off' for\nEXPLAIN\nSELECT Country.Name\nFROM Country, CountryLanguage \nWHERE Code NOT IN (SELECT Country FROM CountryLanguage WHERE Language = 'English')\n  AND (CountryLanguage.Language = 'French' OR CountryLanguage.Language = 'Spanish')\n  AND Code = Country
set statement optimizer_switch='rowid_filter=off' for\nSELECT Country.Name\nFROM Country, CountryLanguage \nWHERE Code NOT IN (SELECT Country FROM CountryLanguage WHERE Language = 'English')\n  AND (CountryLanguage.Language = 'French' OR CountryLanguage.Language = 'Spanish')\n  AND Code = Country
EXPLAIN\nselect count(*)\nfrom CountryLanguage\nwhere\n(Country, 10) IN (SELECT Code, COUNT(*) FROM CountryLanguage, Country\n                  WHERE Code = Country GROUP BY Code)\nOR\n(Country, 11) IN (SELECT Code, COUNT(*) FROM CountryLanguage, Country\n                  WHERE Code = Country GROUP BY Code)\norder by Country
select * from Country, City\nwhere capital = id and\n      (City.name in (SELECT name FROM City\n                     GROUP BY name HAVING Count(*) > 2) OR\n       capital is null)
EXPLAIN\nSELECT Name\nFROM Country\nWHERE Country.Code NOT IN\n      (SELECT Country FROM City GROUP BY Name HAVING COUNT(Name) = 1)
drop index CountryCapital on Country
CREATE TABLE t1 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n  c1 int(11) DEFAULT NULL,\n  c2 int(11) DEFAULT NULL,\n  PRIMARY KEY (pk),\n  KEY c2 (c2))
CREATE TABLE t3 (c2 int(11) DEFAULT NULL, KEY c2 (c2))
INSERT INTO t1 VALUES (11,1,9,'r','r')
INSERT INTO t1 VALUES (12,5,9,'a','a')
CREATE TABLE t2 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n  c1 int(11) DEFAULT NULL,\n  c2 int(11) DEFAULT NULL,\n  c3 varchar(1) DEFAULT NULL,\n  c4 varchar(1) DEFAULT NULL,\n  PRIMARY KEY (pk),\n  KEY c2 (c2),\n  KEY c3 (c3,c2))
CREATE TABLE t2 ( f2 int(11))
INSERT INTO t1 VALUES (6),(4)
INSERT INTO t3 VALUES (6,'f'),(2,'d')
SET @@optimizer_switch = 'semijoin=off'
CREATE TABLE t1 ( f3 int(11), f10 varchar(1), f11 varchar(1))
CREATE TABLE t2 ( f1 int)
SET @@optimizer_switch='materialization=on,semijoin=off'
CREATE TABLE t4 (a int, b int, c int, d int, PRIMARY KEY (a))
CREATE TABLE t5 (a int, b int, c int, d int, KEY (c,b))
create table t1 (c1 char(2) not null, c2 char(2))
insert into t2 values ('x1', 'y1')
CREATE TABLE t2 (pk2 INT PRIMARY KEY, a2 VARCHAR(3), KEY(a2)) ENGINE=MyISAM
SELECT 'bar' IN ( SELECT a1 FROM t1 INNER JOIN t2 WHERE a2 = b1 AND pk2 = 3 ) as exp
EXPLAIN \nSELECT 'bar' IN ( SELECT a1 FROM t1 INNER JOIN t2 WHERE a2 = b1 AND pk2 = 3 ) as exp
INSERT INTO t3 VALUES (1,'foo'),(2,'bar')
insert into t1 values (4),(7),(1),(3),(9)
set @optimizer_switch_for_subselect_test='semijoin=off,mrr=on,mrr_sort_keys=on,index_condition_pushdown=on'
set optimizer_switch='semijoin=off'
create table x1(k int primary key, d1 int, d2 int)
create table x2(k int primary key, d1 int, d2 int)
select *\nfrom x1\nwhere (d1, d2) in (select d1, d2\n                   from x2) is unknown
select *\nfrom x1\nwhere 1 in (select 1\n            from x2\n            where x1.d1=x2.d1 and x1.d2=x2.d2) is false
drop table x1
insert into t2 values (null, null)
select (select null, null) in (select 1, 2 from t1) from t1
select (select null, 3) in (select 1, 2 from t1) from t1
select (select * from t2) in (select 1, 2 from t1) from t1
select (select 1, 2) in (select * from t3) from t1
set @in_exists = "materialization=off,in_to_exists=on,semijoin=off,subquery_cache=off"
select a1, a2, (a1, a2) not in (select * from t2) as in_res from t1
insert into t2 values ('1 - 02', '2 - 00')
set @@optimizer_switch='partial_match_rowid_merge=on,partial_match_table_scan=off'
SELECT * from t1 where (a1, a2, a3) NOT IN (select * from t2)
set @@optimizer_switch='partial_match_rowid_merge=off,partial_match_table_scan=on'
insert into t2 values ('z',  NULL, 'y', 'x')
SELECT t1.*, (a1, a2, a3, a4) IN (select * from t2) as in_res from t1
insert into t2 values ('03',  'q', 'y', 'x')
insert into t1 values (NULL, '99', NULL, 'c')
insert into t2 values ('03',  'qq', 'y', 'x')
insert into t2 values ('15',  'qq', 'y', 'x')
insert into t2 values ('18',  NULL, 'x', 'y')
insert into t2 values ('24',  'qq', 'm', 'u')
insert into t2 values ('1 - 01', NULL, '3 - x1')
insert into t2 values (NULL, NULL, NULL)
set @@optimizer_switch="materialization=on,semijoin=off,partial_match_rowid_merge=on,partial_match_table_scan=off"
select * from t1 where (a1, a2) NOT IN (select b1, b2 from t2)
INSERT INTO t1 VALUES (NULL,2)
set @@optimizer_switch='materialization=on,semijoin=off,partial_match_rowid_merge=on,partial_match_table_scan=off'
insert into t1 values (NULL, 'a21'), (NULL, 'a22')
insert into t2 values ('t', NULL), ('t', NULL), ('d', 'y')
CREATE TABLE t2 ( a int, c varchar(32))
EXPLAIN\nSELECT * FROM t1 WHERE (6, 4 ) NOT IN (SELECT b, a FROM t2)
SELECT * FROM t1 WHERE (6, 4 ) NOT IN (SELECT b, a FROM t2)
EXPLAIN\nSELECT * FROM t1 WHERE (6, 4 ) NOT IN (SELECT a, b FROM t2)
SELECT * FROM t2 WHERE ( 3 , 1 ) NOT IN ( SELECT f1 , f2 FROM t1 )
insert into inner_sq values(null, 'i'), ('v', null)
SELECT a, b, (a, b) NOT IN (SELECT c, d FROM t2) subq_res FROM t1
set @subselect_sj_tmp= @@optimizer_switch
select * from t1 where a in (select pk from t10)
select * from t1 where a in (select a from t10 where pk=12)
explain select * from t1 where a in (select a from t11)
explain select * from t1 where a in (select pk from t10) and b in (select pk from t10)
explain extended\nselect * from t1 left join (t2 A, t2 B) on ( A.a= t1.a and B.a in (select pk from t10))
CREATE TABLE t1 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n  int_nokey int(11) NOT NULL,\n  time_key time NOT NULL,\n  datetime_key datetime NOT NULL,\n  datetime_nokey datetime NOT NULL,\n  varchar_key varchar(1) NOT NULL,\n  varchar_nokey varchar(1) NOT NULL,\n  PRIMARY KEY (pk),\n  KEY time_key (time_key),\n  KEY datetime_key (datetime_key),\n  KEY varchar_key (varchar_key)\n)
CREATE TABLE t2 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n  int_nokey int(11) NOT NULL,\n  time_key time NOT NULL,\n  datetime_key datetime NOT NULL,\n  datetime_nokey datetime NOT NULL,\n  varchar_key varchar(1) NOT NULL,\n  varchar_nokey varchar(1) NOT NULL,\n  PRIMARY KEY (pk),\n  KEY time_key (time_key),\n  KEY datetime_key (datetime_key),\n  KEY varchar_key (varchar_key)\n)
CREATE TABLE WORKS (EMPNUM CHAR(3) NOT NULL,\n    PNUM CHAR(3) NOT NULL, HOURS DECIMAL(5))
INSERT INTO WORKS VALUES  ('E1','P1',40)
drop table STAFF,WORKS,PROJ
CREATE TABLE t0 (\n  int_key int(11) DEFAULT NULL,\n  varchar_key varchar(1) DEFAULT NULL,\n  varchar_nokey varchar(1) DEFAULT NULL,\n  KEY int_key (int_key),\n  KEY varchar_key (varchar_key,int_key)\n)
INSERT INTO t1 VALUES (7,NULL,NULL),(4,'x','x')
CREATE TABLE t2 (\n  country_id SMALLINT UNSIGNED NOT NULL,\n  country VARCHAR(50) NOT NULL\n)
SELECT city, country_id\nFROM t1\nWHERE city IN (\n  SELECT country \n  FROM v1\n)
CREATE VIEW v1 AS \n  SELECT t1field as v1field\n  FROM t1 A \n  WHERE A.t1field IN (SELECT t1field FROM t2 )
CREATE VIEW v2 AS \n  SELECT t2field as v2field\n  FROM t2 A \n  WHERE A.t2field IN (SELECT t2field FROM t2 )
SELECT city, country_id\nFROM t1\nWHERE country_id IN (\n  SELECT country_id \n  FROM v1\n)
DROP TABLE IF EXISTS ot1, it1, it2
CREATE TABLE it1 (\n  int_nokey int(11) NOT NULL,\n  int_key int(11) NOT NULL,\n  KEY int_key (int_key)\n)
SELECT int_key FROM ot1\nWHERE int_nokey IN (SELECT it2.int_key\n                    FROM it1 LEFT JOIN it2 ON it2.datetime_key)
create table t2 (c int not null, d int not null)
insert into t1 values (3,20)
insert into t2 values (3,20)
insert into t2 values (2,40)
INSERT INTO t2 VALUES (1,'i','iiii','iiii','iiii','iiii','ffff','ffff','ffff','ffff','ffff',GeomFromText('POLYGON((0 0, 0 2, 2 2, 2 0, 0 0))')), (2,'f','ffff','ffff','ffff','ffff','ffff','ffff','ffff','ffff','ffff',GeomFromText('POLYGON((0 0, 0 2, 2 2, 2 0, 0 0))'))
CREATE TABLE t1 (t1field integer, primary key (t1field))
CREATE TABLE t3 (t3field integer, primary key (t3field))
CREATE TABLE `t2` (\n  `varchar_nokey` varchar(1) NOT NULL\n)
SELECT varchar_nokey\nFROM t2  \nWHERE ( `varchar_nokey`  , `varchar_nokey`  )  IN (  \nSELECT `varchar_key`  , `varchar_nokey`  \nFROM t1  \nWHERE `varchar_nokey`  < 'n' XOR `pk`  )
INSERT INTO t3 VALUES('aaa'), ('bbb'), ('eee'), ('mmm'), ('ppp')
CREATE TABLE t3 (\n  pk INTEGER PRIMARY KEY,\n  int_nokey INTEGER,\n  date_key date,\n  varchar_key VARCHAR(1),\n  varchar_nokey VARCHAR(1),\n  KEY date_key (date_key)\n)
INSERT INTO t3 VALUES\n(10,8,'2007-08-19 08:08:38','i'),(11,0,'2000-05-21 03:51:51','')
set @@optimizer_use_condition_selectivity=@tmp_optimizer_use_condition_selectivity
CREATE TABLE t2 (country_id INT, country VARCHAR(50))
insert into t3 values(2),(2)
select * from t1 where t1.a in (select t2.a from t2 left join t3 on t2.a=t3.a)
set optimizer_switch='semijoin=on'
INSERT INTO t1 VALUES(1),(1)
SELECT * FROM t1\nWHERE t1.a IN (SELECT t2.a\n               FROM t2 LEFT JOIN (t2 AS t2inner, t3) ON t2.a=t3.a)
CREATE TABLE t2b (b1 CHAR(8), b2 char(8) NOT NULL)
CREATE TABLE ot1(a INT)
INSERT INTO ot3 VALUES(0),(3),(6)
INSERT INTO it1 VALUES(0),(1),(2),(3),(4),(5),(6),(7)
INSERT INTO t2 VALUES (1), (1)
CREATE TABLE t4 (f10 varchar(32) , KEY (f10)) ENGINE=Aria
INSERT INTO t4 VALUES ('x'),('m'),('c')
CREATE TABLE t1 (f11 int) ENGINE=Aria
SELECT * FROM t1\nWHERE f11 IN (\n        SELECT C_SQ1_alias1.f11\n        FROM t1 AS C_SQ1_alias1\n        JOIN t3 AS C_SQ1_alias2\n        ON C_SQ1_alias2.f10 = C_SQ1_alias1.f10\n)
insert into t2 values (1, 'one'), (3, 'three')
create table t3 (b char(10))
select * from t0 where a in (select t1.a from t1 left join t2 on t1.a=t2.a)
INSERT IGNORE INTO t1 VALUES (21),(22),(23),(24)
CREATE TABLE t2 (f2 int, f3 int )
INSERT INTO t2 VALUES (NULL,NULL),(0,0)
CREATE TABLE t3 ( f1 int, f3 int )
CREATE TABLE t1 ( f10 int)
CREATE TABLE t2 ( f10 int, f11 varchar(1))
SELECT * FROM t1\nLEFT JOIN ( t2 JOIN t3 ON t3.f10 = t2.f10 ) ON t1.f10 = t2.f10\nWHERE t2.f10 IN (\n        SELECT t4.f11\n        FROM t4\n        WHERE t4.f10 != t2.f11\n)
SELECT * FROM t1 NATURAL LEFT JOIN (t2, t3 ) WHERE IFNULL(t2.f3,'foo') IN (SELECT * FROM t4)
CREATE TABLE t1 ( c1 int NOT NULL , c2 int NOT NULL, PRIMARY KEY (c1))
INSERT IGNORE INTO t1 VALUES (2,7),(1,3),(5,6)
CREATE TABLE t2 ( c1 int NOT NULL , c5 int NOT NULL )
INSERT INTO t1 VALUES (2),(2),(0),(2),(2)
SELECT * FROM t1, t2 WHERE (t2.a , t1.b) IN (SELECT a, b FROM t3)
INSERT INTO t2 VALUES (2,0),(3,0),(8,0),(6,0),(5,0)
INSERT INTO t2 VALUES (1,2,4,'22:34:09','v','v'),\n  (2,150,62,'14:26:02','v','v'),(3,NULL,7,'14:03:03','c','c'),\n  (4,2,1,'01:46:09',NULL,NULL),(5,5,0,'16:21:18','x','x'),\n  (6,3,7,'18:56:33','i','i'),(7,1,7,NULL,'e','e'),\n  (8,4,1,'09:29:08','p','p'),(9,NULL,7,'19:11:10','s','s'),\n  (10,2,1,'11:57:26','j','j'),(11,6,5,'00:39:46','z','z'),\n  (12,6,2,'03:28:15','c','c'),(13,8,0,'06:44:18','a','a'),\n  (14,2,1,'14:36:39','q','q'),(15,6,8,'18:42:45','y','y'),\n  (16,8,1,'02:57:29',NULL,NULL),(17,3,1,'16:46:13','r','r'),\n  (18,3,9,'19:39:02','v','v'),(19,9,1,NULL,NULL,NULL),\n  (20,6,5,'20:58:33','r','r')
CREATE TABLE t5 ( a integer)
set optimizer_switch= @tmp_os_861147
set optimizer_switch='semijoin=ON,materialization=ON'
INSERT INTO t2 VALUES (14,1),(15,1),(16,1),(17,1),(18,1),(19,1),(20,1)
explain\nSELECT * FROM t1 WHERE (a) IN (SELECT a FROM t2 JOIN t3 ON b = a)
CREATE TABLE t2 (c int, b int, d varchar(52) NOT NULL)
CREATE TABLE t2 (a int, b varchar(1), INDEX idx (b,a))
SET SESSION optimizer_switch='loosescan=on'
INSERT INTO t1 VALUES (4), (1)
EXPLAIN\nSELECT * FROM t1 RIGHT JOIN t2 ON b = a WHERE t2.b IN (SELECT c FROM t3)
SELECT * FROM t1 RIGHT JOIN t2 ON b = a WHERE t2.b IN (SELECT c FROM t3)
INSERT INTO t1 VALUES (4), (6)
CREATE TABLE t2 (a int, KEY (a))
SET optimizer_prune_level=DEFAULT
set @os_091399= @@optimizer_switch
SET optimizer_switch = 'materialization=off'
INSERT INTO t1 VALUES\n  (0),(1),(2),(3),(4),(5),\n  (6),(7),(8),(9),(10),(11),(12)
CREATE TABLE t2 ( a INT, b INT, KEY(a)) ENGINE=MyISAM
INSERT INTO t1 VALUES ('k'),('l')
INSERT INTO t2 VALUES ('k'),('l')
CREATE TABLE t1 ( a INT PRIMARY KEY, b INT, KEY(b) )
SELECT a, b, d FROM t1, t2\nWHERE ( b, d ) IN\n  ( SELECT b, d FROM t1, t2 WHERE b = c )
INSERT INTO t1 VALUES ('e'),('w'),('a'),('h'),('x'),('k'),('g')
CREATE TABLE t2 ( b INT, c VARCHAR(1) )
set @tmp_jcl_978479= @@join_cache_level
CREATE TABLE t1 (a1 VARCHAR(3), a2 VARCHAR(35), KEY(a1,a2)) ENGINE=MyISAM
CREATE TABLE t3 (c1 VARCHAR(3), c2 VARCHAR(16), PRIMARY KEY (c1,c2)) ENGINE=MyISAM
SELECT ( SELECT SUM(a) FROM t1 ) AS t1sum, b\nFROM t2\nWHERE (1,1) IN ( SELECT MAX(a), MIN(a) FROM t1 )\nGROUP BY b\nHAVING t1sum <> 1
CREATE TABLE t3 (c INT, INDEX(c))
PREPARE stmt FROM \n"SELECT * FROM t1 WHERE ( 9, 5 ) IN ( SELECT b, COUNT(*) FROM t2 WHERE 1 IN ( SELECT MIN(c) FROM t3 ) )"
SELECT c, SUM( DISTINCT b ) AS sm FROM t1\nWHERE ( 5, 108 ) IN ( SELECT MIN(a), MAX(a) FROM t2 )\nGROUP BY b\nHAVING c <> ( SELECT MAX( c ) FROM t1 )\nORDER BY sm
CREATE TABLE t1 (i1 INT) engine=myisam
CREATE TABLE t2 (i2 INT, j2 INT) engine=myisam
INSERT INTO t2 VALUES\n(7,1),(0,7),(9,4),(3,7),(4,0),(2,2),(5,9),(3,4),\n(1,0),(3,9),(5,8),(1,8),(204,18),(224,84),(9,6)
INSERT INTO t3 VALUES\n(0),(8),(1),(8),(9),(24),(6),(1),(6),(2),(4),(2),(1)
CREATE TABLE t2 (c2 VARCHAR(1)) ENGINE=MyISAM
CREATE TABLE t3 (c3 VARCHAR(1)) ENGINE=MyISAM
CREATE TABLE t1 (pk1 INT PRIMARY KEY, i1 INT) ENGINE=MyISAM
set @tmp_mdev7823=@@optimizer_switch
INSERT INTO t4 VALUES (0),(5)
INSERT INTO t2 (id, project_number, history_date, country) VALUES\n(1, 'aaa', '2014-08-09', 'france'),(2, 'aaa', '2014-09-09', 'singapore')
CREATE TABLE t3 (c3 int) ENGINE=MyISAM
CREATE TABLE t4 (c4 int) ENGINE=MyISAM
PREPARE stmt FROM \n  "SELECT * FROM t1\n  WHERE EXISTS ( \n    SELECT * FROM t2 WHERE t1.a IN ( SELECT c AS fld FROM v3 )\n  )"
INSERT INTO `t1` (`Id`) VALUES (1)
set optimizer_switch=@subselect_sj_tmp
explain select * from t1 where a in (select b from t2)
create table t1 (a int, filler1 binary(200), filler2 binary(200))
explain select \n a, mid(filler1, 1,10), length(filler1)=length(filler2) as Z \nfrom t1 ot where a in (select a from t2 it)
CREATE TABLE t1 (\n  ID int(11) NOT NULL auto_increment,\n  Name char(35) NOT NULL default '',\n  Country char(3) NOT NULL default '',\n  Population int(11) NOT NULL default '0',\n  PRIMARY KEY  (ID),\n  INDEX (Population),\n  INDEX (Country) \n)
set optimizer_switch=@bug35674_save_optimizer_switch
EXPLAIN SELECT Name FROM t1 \n  WHERE t1.Code IN (\n    SELECT t2.CountryCode FROM t2 WHERE Population > 5000000)
SELECT Name FROM t1 \n  WHERE t1.Code IN (\n    SELECT t2.CountryCode FROM t2 WHERE Population > 5000000)
CREATE TABLE t1 (\n  id int(11) NOT NULL,\n  PRIMARY KEY (id))
insert into t2 values(1,7503),(2,1)
select 1 from t1 \nwhere t1.a not in (select 1 from t1 \n                  where t1.a in (select 1 from t1) \n                  group by  t1.b)
CREATE VIEW v1 (a) AS SELECT f1 IN (SELECT f1 FROM t1) FROM t1
create table t3 as select * from t2 limit 0
create table t1 (c6 timestamp,key (c6)) engine=innodb
explain select 1 from t2 where c2 = any (select log10(null) from t1 where c6 <null)
INSERT IGNORE INTO t1 VALUES (25,0),(29,0)
INSERT INTO t2 VALUES (1,'r','r')
INSERT INTO t1 VALUES (16),(24)
SELECT * FROM t3 \nWHERE f12 IN (SELECT alias2.f12 FROM t1 AS alias1, t2 AS alias2, t1 WHERE alias1.f13 = 24)
CREATE TABLE t2 ( f4 varchar(1)) engine=innodb
CREATE TABLE t4 ( f3 varchar(1)) engine=innodb
set optimizer_switch= @tmp869001_os
CREATE TABLE t2 (\n  pk INT, d VARCHAR(1), e INT,\n  PRIMARY KEY(pk), KEY(d,e)\n) ENGINE=InnoDB
SELECT * FROM t1 WHERE b IN (\n  SELECT d FROM t2, t1\n  WHERE a = d AND ( pk < 2 OR d = 'z' )\n)
CREATE TABLE t1 (\n  a VARCHAR(1),\n  b VARCHAR(1) NOT NULL,\n  KEY(a)\n) ENGINE=InnoDB
EXPLAIN \nSELECT * FROM t2 \n WHERE (a, a) IN (SELECT alias2.b, alias2.a FROM t1 AS alias1, t1 AS alias2 \n                  WHERE \n                    alias2.b = alias1.a AND \n                    (alias1.b >= alias1.a OR alias2.b = 'z'))
INSERT INTO t1 VALUES (4,2,8,9),(4,2,7,8)
CREATE TABLE t2 (\n  b INT PRIMARY KEY,\n  c VARCHAR(1),\n  d VARCHAR(1),\n  KEY(c)\n) ENGINE=InnoDB
INSERT INTO t1 VALUES ('CHN','Chinese'),('USA','English')
CREATE TABLE t3 ( t3_i int(11), t3_c varchar(35)) ENGINE=InnoDB
SELECT * FROM t1 WHERE id in (select distinct id_agente from t2)
INSERT INTO t1 (t1id) VALUES (100001),(100017),(100018),(100026),(100027),(100028),(100029),(100030),\n(100031),(100032),(100033),(100034),(100035),(100036),(100037),(100038),(100040),(100041),(100042),\n(100043),(100044),(100045),(100046),(100047)
set optimizer_search_depth=@tmp7474
INSERT INTO t2 VALUES (4, 1, 1)
INSERT INTO t3 VALUES (1),(2),(3),(4),(5),(6),(7),(8)
set @join_cache_level_for_subselect_sj2_test=@@join_cache_level
CREATE TABLE t4 (b int) ENGINE=InnoDB
CREATE TABLE t1 (a varchar(1), b varchar(1)) ENGINE=InnoDB
INSERT INTO t1 VALUES ('f','c'),('d','m'),('g','y')
INSERT INTO t4 VALUES ('y','y'),('y','y'),('w','w')
EXPLAIN EXTENDED\nSELECT * FROM t1 LEFT JOIN t2 ON ( b1 = a2 ) \n  WHERE ( b1, b1 )  IN ( SELECT a4, b4 FROM t3, t4)
INSERT INTO t1 VALUES (1), (7), (4), (8), (4)
insert into t1 values (1), (2), (3), (7), (9), (10)
SELECT SQL_NO_CACHE t.id\nFROM t1 t\nWHERE (\n        t.id IN (SELECT A.id FROM t1 AS A WHERE A.local_name IN (SELECT B.local_name FROM t1 AS B WHERE B.id IN (0,4,12,13,1,10,3,11)))\n        OR\n        (t.id IN (0,4,12,13,1,10,3,11))\n)
INSERT INTO `t2` VALUES (11,31), (11,31), (11,31), (11,32), (11,32),\n(11,32), (10,26), (11,32), (10,28), (11,32), (10,29), (11,33), (10,26),\n(11,33), (10,27), (9,23), (11,32), (10,26), (8,18), (7,15), (11,32),\n(10,28), (11,32), (10,28), (11,32), (10,29), (11,32), (10,29), (8,19),\n(7,16), (8,18), (7,16), (8,20), (7,16), (11,32), (10,28), (8,19),\n(7,16), (8,20), (7,16), (11,32), (10,29), (8,19), (7,16), (8,20),\n(7,16), (10,27), (9,23), (10,27), (9,23), (10,27), (9,23), (11,32),\n(10,27), (11,32), (10,27), (8,18), (7,15), (10,26), (9,24), (8,19),\n(7,16), (10,26), (9,23), (8,19), (7,16), (8,18), (7,16), (8,18), (7,16),\n(9,23), (8,18), (9,23), (8,19), (7,16), (7,16), (8,19), (7,16), (11,31),\n(10,27), (9,24), (11,31), (10,27), (9,23), (8,19), (11,31), (10,26), (9,24),\n(8,19), (11,31), (10,26), (9,25), (8,18), (11,31), (10,26), (9,23), (8,19),\n(11,31), (10,26), (9,23), (8,18), (11,31), (10,30), (9,23), (8,18), (11,31),\n(10,30), (9,23), (8,19), (11,31), (10,26), (9,25), (8,19), (8,21), (11,32),\n(10,26), (9,22), (8,19), (11,32), (10,26), (9,22), (8,18), (11,32), (10,26),\n(9,22), (8,20), (11,33), (10,26), (9,22), (8,19), (11,33), (10,26), (9,22),\n(8,18), (11,33), (10,26), (9,22), (8,20), (11,32), (10,26), (9,24), (8,19),\n(11,32), (10,26), (9,25), (8,19), (11,32), (10,26), (9,25), (8,18), (11,32),\n(10,26), (9,23), (8,18), (11,32), (10,30), (9,23), (8,18), (11,32), (10,30),\n(9,23), (8,19), (11,32), (10,26), (9,23), (8,19), (11,32), (10,27), (9,23),\n(11,32), (10,27), (9,23), (11,32), (10,27), (9,23), (10,26), (9,22), (8,19),\n(7,15), (10,26), (9,22), (8,20), (7,15), (10,26), (9,22), (8,18), (7,15),\n(8,19), (10,26), (10,26), (11,33), (10,26), (11,33), (10,26), (11,33),\n(10,27), (11,33), (10,27), (11,31), (10,26), (11,31), (10,26), (8,18),\n(7,15), (9,23), (9,23), (9,24), (8,21), (7,15), (7,15), (7,15), (7,15),\n(7,15), (7,15), (7,15), (7,15), (7,15), (8,18), (7,17), (8,18), (7,17), (8,19), (8,19)
INSERT INTO `t5` VALUES \n(652),(668),(669),(670),(671),(673),(674),(675),(676),\n(677),(679),(680),(681),(682),(683),(684),(685),(686)
CREATE TABLE t3 ( \n  pk int(11) NOT NULL AUTO_INCREMENT, \n  dummy char(34),\n  col_varchar_key varchar(1) DEFAULT NULL, \n  col_int_key int(11) DEFAULT NULL, \n  PRIMARY KEY (pk), \n  KEY col_varchar_key (col_varchar_key,col_int_key)\n) ENGINE=Aria AUTO_INCREMENT=4 DEFAULT CHARSET=latin1 PAGE_CHECKSUM=1
CREATE TABLE t4 ( \n  pk int(11) NOT NULL AUTO_INCREMENT, \n  dummy char (38),\n  PRIMARY KEY (pk)\n) ENGINE=Aria AUTO_INCREMENT=4 DEFAULT CHARSET=latin1 PAGE_CHECKSUM=1
set @@optimizer_switch='join_cache_hashed=off'
explain\nSELECT * FROM t0 WHERE t0.a IN \n  (SELECT t1.a FROM t1, t2 WHERE t2.a=t0.a AND t1.b=t2.b)
INSERT INTO t2 VALUES\n  (2,'18:56:33'), (5,'19:11:10'), (3,'18:56:33'), (7,'19:11:10')
CREATE TABLE t1 (a varchar(1), INDEX idx_a(a))
drop view if exists v1, v2, v1m, v2m
insert into t3 values ('1 - 04', '2 - 04')
insert into t2i select * from t2
insert into t3i select * from t3
set @@optimizer_switch='materialization=on,in_to_exists=off,firstmatch=off'
select * from t1 where a1 in (select b1 from t2 where b1 > '0')
prepare st2 from "select * from t1 where (a1, a2) in (select b1, max(b2) from t2i_c group by b1)"
prepare st1 from\n"select * from t1 where (a1, a2) in (select b1, min(b2) from t2 where b1 > '0' group by b1)"
select * from t1 where (a1, a2) in (select b1, b2 from t2 order by b1, b2)
select * from t1i where (a1, a2) in (select b1, b2 from t2i order by b1, b2)
create algorithm=temptable view v1m as\nselect b1, c2 from t2, t3 where b2 > c2
create algorithm=temptable view v2m as\nselect b1, c2 from t2, t3 group by b2, c2
select * from v1m where (c2, b1) in (select c2, b1 from v2m where b1 is not null)
select * from v1m where (c2, b1) in (select distinct c2, b1 from v2m where b1 is not null)
select * from t1i\nwhere (a1, a2) in (select b1, b2 from t2i where b1 >  '0') and\n      (a1, a2) in (select c1, c2 from t3i\n                   where (c1, c2) in (select b1, b2 from t2i where b2 > '0'))
select * from t1\nwhere (a1, a2) in (select b1, b2 from t2\n                   where b2 in (select c2 from t3 t3a where c1 = a1) or\n                         b2 in (select c2 from t3 t3b where c2 LIKE '%03')) and\n      (a1, a2) in (select c1, c2 from t3 t3c\n                   where (c1, c2) in (select b1, b2 from t2i where b2 > '0'))
select * from t1, t3\nwhere (a1, a2) in (select * from t1 where a1 > '0' UNION select * from t2 where b1 < '9') and\n      (c1, c2) in (select c1, c2 from t3\n                   where (c1, c2) in (select b1, b2 from t2i where b2 > '0')) and\n       a1 = c1
/******************************************************************************\n* Negative tests, where materialization should not be applied.\n******************************************************************************/\nexplain extended\nselect * from t3\nwhere c1 in (select a1 from t1 where a1 > '0' UNION select b1 from t2 where b1 < '9')
/* GROUP BY clause */\ncreate table columns (col int key)
explain extended\nselect * from t1 group by (select col from columns limit 1)
insert into t1_16 values\n (concat('1 - 00', repeat('x', @suffix_len)), concat('2 - 00', repeat('x', @suffix_len)))
insert into t3_16 values\n (concat('1 - 02', repeat('x', @suffix_len)), concat('2 - 02', repeat('x', @suffix_len)))
select left(a1,7), left(a2,7)\nfrom t1_16\nwhere a1 in (select substring(b1,1,16) from t2_16 where b1 > '0')
explain extended select left(a1,7), left(a2,7)\nfrom t1_16\nwhere a1 in (select group_concat(b1) from t2_16 group by b2)
insert into t1_1024 values\n (concat('1 - 02', repeat('x', @suffix_len)), concat('2 - 02', repeat('x', @suffix_len)))
insert into t2_1024 values\n (concat('1 - 01', repeat('x', @suffix_len)), concat('2 - 01', repeat('x', @suffix_len)))
insert into t3_1024 values\n (concat('1 - 01', repeat('x', @suffix_len)), concat('2 - 01', repeat('x', @suffix_len)))
insert into t3_1024 values\n (concat('1 - 03', repeat('x', @suffix_len)), concat('2 - 03', repeat('x', @suffix_len)))
explain extended select left(a1,7), left(a2,7)\nfrom t1_1024\nwhere (a1,a2) in (select b1, b2 from t2_1024 where b1 > '0')
# anything < (CONVERT_IF_BIGGER_TO_BLOB = 1024)\n\nexplain extended select left(a1,7), left(a2,7)\nfrom t1_1024\nwhere a1 in (select group_concat(b1) from t2_1024 group by b2)
select left(a1,7), left(a2,7)\nfrom t1_1025\nwhere (a1,a2) in (select b1, b2 from t2_1025 where b1 > '0')
explain extended select left(a1,7), left(a2,7)\nfrom t1_1025\nwhere a1 in (select substring(b1,1,1025) from t2_1025 where b1 > '0')
drop table t1_1025, t2_1025, t3_1025
create table t1bit (a1 bit(3), a2 bit(3))
explain extended select bin(a1), bin(a2)\nfrom t1bit\nwhere (a1, a2) in (select b1, b2 from t2bit)
insert into t1bb values (b'000', '100')
/******************************************************************************\n* Test the cache of the left operand of IN.\n******************************************************************************/\n\ncreate table t1 (s1 int)
explain extended\nselect a from t1 group by a\nhaving a in (select c from t2 where d >= some(select e from t3 where max(b)=e))
create table t1 (a char(2), b varchar(10))
CREATE TABLE t2 (c char(1))
SELECT COUNT( i ),i\nFROM t1\nHAVING ('c')  \n  IN (SELECT t2.c FROM (t2 JOIN t3))
CREATE TABLE t1 (\n  pk int NOT NULL,\n  f1 int DEFAULT NULL,\n  PRIMARY KEY (pk)\n) ENGINE=MyISAM
INSERT INTO t1 VALUES\n('v','v'),('r','r')
CREATE TABLE t2 (\n  col_varchar_key varchar(1) DEFAULT NULL,\n  col_varchar_nokey varchar(1) DEFAULT NULL,\n  KEY col_varchar_key(col_varchar_key))
set session optimizer_switch=@local_optimizer_switch
select left(a1,7), left(a2,7) from t1_1024 where (a1,3) in (select substring(b1,1,1024), count(*) from t2_1024 where b1 > '0')
SELECT t2.a, t1.c\nFROM t1, t2\nWHERE t2.d IN ( SELECT d FROM t3 )\nAND t1.d = t2.d\nGROUP BY 1 , 2
CREATE TABLE t2 (a varchar(1))
CREATE TABLE t5 (a int)
CREATE TABLE t3 (a varchar(1) , b varchar(1) )
CREATE TABLE t5 (a varchar(1), KEY (a))
SELECT *\nFROM t2\nWHERE t2.a = ALL (\n        SELECT t4.a\n        FROM t4\n        WHERE t4.a IN (\n                SELECT t3.a\n                FROM t3 , t5\n                WHERE ( t5.a = t3.b )\n        )\n)
DROP TABLE t2,t3,t4,t5
set @tmp_860300=@@optimizer_switch
set optimizer_switch='semijoin=on,materialization=on,loosescan=off,firstmatch=off'
set @tmp_860535=@@optimizer_switch
INSERT INTO t3 VALUES (1,'t'),(7,'g')
CREATE TABLE t3 (f1 varchar(3), f4 varchar(52) , KEY (f4), PRIMARY KEY (f1))
INSERT INTO t5 VALUES (0),(0)
EXPLAIN\nSELECT * FROM\n  ( SELECT * FROM t1 ) AS alias1,\n  t2 AS alias2\nWHERE b = a AND a IN (\n  SELECT alias3.c\n  FROM t2 AS alias3, t2 AS alias4\n  WHERE alias4.c = alias3.b\n)
SET @local_optimizer_switch=@@optimizer_switch
INSERT INTO t2 VALUES (4), (7), (6)
SELECT * FROM t1\n  WHERE a IN (SELECT MAX(c) FROM t2) AND b=7 AND (a IS NULL OR a=b)
INSERT INTO t2 VALUES ('v','v'),('v','v')
CREATE TABLE t2 (b1 VARCHAR(1), b2 VARCHAR(1), KEY(b1)) ENGINE=MyISAM
CREATE TABLE t2 (\n  id   int(11) NOT NULL,\n  a_id int(11) DEFAULT NULL\n)
SELECT * FROM t1 AS alias1, t1 AS alias2 \nWHERE ( alias2.c2, alias1.c1 ) IN ( SELECT c4, c3 FROM t2 ) AND alias1.c1 IN ( SELECT c2 FROM t1 )
create database mysqltest4
CREATE TABLE t2 ( a int, b int )
SELECT t2.a FROM t2 WHERE t2.b IN (SELECT t3.b FROM t3 WHERE t3.c= 27)
create table t2 (id int, a varchar(50), x int)
create table t3 (d1 date, d2 date, t1_id int, t2_id int )
create table t4 ( id int, a varchar(50) )
insert into t4 values\n(1,'songwriter'),(2,'song character')
create function f1(who int, dt date) returns int\ndeterministic\nbegin\n    declare result int;\n    select t2_id into result from t3 where dt>=d1 and dt<=d2 and t1_id=who;\n    return result;\nend
insert into t1 \nselect A.a+B.a*10+C.a*100, A.a+B.a*10+C.a*100, A.a+B.a*10+C.a*100\nfrom t0 A, t0 B, t0 C
explain select * from t3 where a in (select max(t2.a) from t1, t2 group by t2.b)
INSERT INTO t1 VALUES ('-101',-87),('-95',59),(NULL,48)
SELECT\n       (SELECT 1 FROM  (SELECT 1 HAVING rand() ) dt1\n\tUNION\n\tSELECT a FROM t1  WHERE b IN  (SELECT a FROM t1) LIMIT 1)\nFROM t1
set @save_tmp_table_size=@@tmp_table_size
INSERT INTO t1 SELECT b.seq FROM seq_1_to_128,seq_1025_to_16384 b
INSERT INTO t2 SELECT b.seq FROM seq_1_to_128 a, seq_1_to_16384 b\nORDER BY b.seq*rand()
CREATE TABLE t1 (\n  id INTEGER NOT NULL PRIMARY KEY AUTO_INCREMENT, \n  gender CHAR(1),\n  name VARCHAR(20)\n)
SELECT\n  SUM(DISTINCT LENGTH(g1.name)) s1,\n  SUM(DISTINCT SUBSTRING(g2.name, 1, 3)) s2,\n  SUM(DISTINCT LENGTH(SUBSTRING(g3.name, 1, 4))) s3\nFROM t1 g1, t1 g2, t1 g3 GROUP BY LENGTH(SUBSTRING(g3.name, 5, 10))
SELECT * FROM (SELECT SUM(DISTINCT a) FROM t1) AS t
insert mysql.t1 values (100, 'test'),(101,'test')
create table t2 (a int not null auto_increment, b char(16) not null, primary key (a))
insert into t2 (b) select b from t1
alter table t9 rename t8, add column d int not null
create table mysqltest.t9 (a int not null auto_increment, b char(16) not null, primary key (a)) \nengine=myisam index directory="/this-dir-does-not-exist"
show create table mysqltest.t9
create table t1 (a int) engine=myisam select 42 a
FLUSH TABLE user
CREATE DATABASE x
insert t1 values (1,2,3), (2,3,4), (3,4,5), (4,5,6), (5,6,7), (6,7,8), (7,8,9)
GRANT ALL PRIVILEGES ON *.* to bad_version_id_1000000@localhost
CREATE USER bad_version_id_minus_3@localhost
DROP USER bad_version_id_minus_3@localhost
CREATE USER good_version_id_100400@localhost
SHOW GRANTS FOR good_version_id_100400@localhost
DROP USER good_version_id_100400@localhost
CREATE TABLE time_zone_leap_second ( Transition_time bigint signed NOT NULL, Correction int signed NOT NULL, PRIMARY KEY TranTime (Transition_time) ) engine=MyISAM CHARACTER SET utf8 comment='Leap seconds information for time zones'
INSERT INTO user VALUES ('localhost','','','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','Y','','','','',0,0,0, 0)
CREATE TABLE tables_priv ( Host char(60) binary DEFAULT '' NOT NULL, Db char(64) binary DEFAULT '' NOT NULL, User char(16) binary DEFAULT '' NOT NULL, Table_name char(64) binary DEFAULT '' NOT NULL, Grantor char(77) DEFAULT '' NOT NULL, Timestamp timestamp not null default now() on update now(), Table_priv set('Select','Insert','Update','Delete','Create','Drop','Grant','References','Index','Alter','Create View','Show view') COLLATE utf8_general_ci DEFAULT '' NOT NULL, Column_priv set('Select','Insert','Update','References') COLLATE utf8_general_ci DEFAULT '' NOT NULL, PRIMARY KEY (Host,Db,User,Table_name), KEY Grantor (Grantor) ) engine=MyISAM CHARACTER SET utf8 COLLATE utf8_bin comment='Table privileges'
CREATE TABLE servers ( Server_name char(64) NOT NULL DEFAULT '', Host char(64) NOT NULL DEFAULT '', Db char(64) NOT NULL DEFAULT '', Username char(64) NOT NULL DEFAULT '', Password char(64) NOT NULL DEFAULT '', Port INT(4) NOT NULL DEFAULT '0', Socket char(64) NOT NULL DEFAULT '', Wrapper char(64) NOT NULL DEFAULT '', Owner char(64) NOT NULL DEFAULT '', PRIMARY KEY (Server_name)) CHARACTER SET utf8 comment='MySQL Foreign Servers table'
CREATE TABLE IF NOT EXISTS tables_priv ( Host char(60) binary DEFAULT '' NOT NULL, Db char(64) binary DEFAULT '' NOT NULL, User char(16) binary DEFAULT '' NOT NULL, Table_name char(64) binary DEFAULT '' NOT NULL, Grantor char(77) DEFAULT '' NOT NULL, Timestamp timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, Table_priv set('Select','Insert','Update','Delete','Create','Drop','Grant','References','Index','Alter','Create View','Show view','Trigger') COLLATE utf8_general_ci DEFAULT '' NOT NULL, Column_priv set('Select','Insert','Update','References') COLLATE utf8_general_ci DEFAULT '' NOT NULL, PRIMARY KEY (Host,Db,User,Table_name), KEY Grantor (Grantor) ) engine=MyISAM CHARACTER SET utf8 COLLATE utf8_bin comment='Table privileges'
CREATE TABLE IF NOT EXISTS help_relation ( help_topic_id int unsigned not null references help_topic, help_keyword_id  int unsigned not null references help_keyword, primary key (help_keyword_id, help_topic_id) ) engine=MyISAM CHARACTER SET utf8 comment='keyword-topic relation'
CREATE TABLE IF NOT EXISTS time_zone_transition_type ( Time_zone_id int unsigned NOT NULL, Transition_type_id int unsigned NOT NULL, `Offset` int signed DEFAULT 0 NOT NULL, Is_DST tinyint unsigned DEFAULT 0 NOT NULL, Abbreviation char(8) DEFAULT '' NOT NULL, PRIMARY KEY (Time_zone_id, Transition_type_id) ) engine=MyISAM CHARACTER SET utf8 comment='Time zone transition types'
CREATE TABLE IF NOT EXISTS time_zone_leap_second ( Transition_time bigint signed NOT NULL, Correction int signed NOT NULL, PRIMARY KEY (Transition_time) ) engine=MyISAM CHARACTER SET utf8 comment='Leap seconds information for time zones'
CREATE TABLE IF NOT EXISTS tables_priv ( Host char(60) binary DEFAULT '' NOT NULL, Db char(64) binary DEFAULT '' NOT NULL, User char(16) binary DEFAULT '' NOT NULL, Table_name char(64) binary DEFAULT '' NOT NULL, Grantor char(77) DEFAULT '' NOT NULL, Timestamp timestamp, Table_priv set('Select','Insert','Update','Delete','Create','Drop','Grant','References','Index','Alter','Create View','Show view','Trigger') COLLATE utf8_general_ci DEFAULT '' NOT NULL, Column_priv set('Select','Insert','Update','References') COLLATE utf8_general_ci DEFAULT '' NOT NULL, PRIMARY KEY (Host,Db,User,Table_name), KEY Grantor (Grantor) ) engine=MyISAM CHARACTER SET utf8 COLLATE utf8_bin   comment='Table privileges'
CREATE TABLE IF NOT EXISTS time_zone (   Time_zone_id int unsigned NOT NULL auto_increment, Use_leap_seconds enum('Y','N') COLLATE utf8_general_ci DEFAULT 'N' NOT NULL, PRIMARY KEY TzId (Time_zone_id) ) engine=MyISAM CHARACTER SET utf8   comment='Time zones'
CREATE TABLE IF NOT EXISTS time_zone_leap_second (   Transition_time bigint signed NOT NULL, Correction int signed NOT NULL, PRIMARY KEY TranTime (Transition_time) ) engine=MyISAM CHARACTER SET utf8   comment='Leap seconds information for time zones'
CREATE TABLE IF NOT EXISTS event ( db char(64) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL default '', name char(64) CHARACTER SET utf8 NOT NULL default '', body longblob NOT NULL, definer char(77) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL default '', execute_at DATETIME default NULL, interval_value int(11) default NULL, interval_field ENUM('YEAR','QUARTER','MONTH','DAY','HOUR','MINUTE','WEEK','SECOND','MICROSECOND','YEAR_MONTH','DAY_HOUR','DAY_MINUTE','DAY_SECOND','HOUR_MINUTE','HOUR_SECOND','MINUTE_SECOND','DAY_MICROSECOND','HOUR_MICROSECOND','MINUTE_MICROSECOND','SECOND_MICROSECOND') default NULL, created TIMESTAMP NOT NULL, modified TIMESTAMP NOT NULL, last_executed DATETIME default NULL, starts DATETIME default NULL, ends DATETIME default NULL, status ENUM('ENABLED','DISABLED','SLAVESIDE_DISABLED') NOT NULL default 'ENABLED', on_completion ENUM('DROP','PRESERVE') NOT NULL default 'DROP', sql_mode  set('REAL_AS_FLOAT','PIPES_AS_CONCAT','ANSI_QUOTES','IGNORE_SPACE','IGNORE_BAD_TABLE_OPTIONS','ONLY_FULL_GROUP_BY','NO_UNSIGNED_SUBTRACTION','NO_DIR_IN_CREATE','POSTGRESQL','ORACLE','MSSQL','DB2','MAXDB','NO_KEY_OPTIONS','NO_TABLE_OPTIONS','NO_FIELD_OPTIONS','MYSQL323','MYSQL40','ANSI','NO_AUTO_VALUE_ON_ZERO','NO_BACKSLASH_ESCAPES','STRICT_TRANS_TABLES','STRICT_ALL_TABLES','NO_ZERO_IN_DATE','NO_ZERO_DATE','INVALID_DATES','ERROR_FOR_DIVISION_BY_ZERO','TRADITIONAL','NO_AUTO_CREATE_USER','HIGH_NOT_PRECEDENCE','NO_ENGINE_SUBSTITUTION','PAD_CHAR_TO_FULL_LENGTH') DEFAULT '' NOT NULL, comment char(64) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL default '', originator INTEGER UNSIGNED NOT NULL, time_zone char(64) CHARACTER SET latin1 NOT NULL DEFAULT 'SYSTEM', character_set_client char(32) collate utf8_bin, collation_connection char(32) collate utf8_bin, db_collation char(32) collate utf8_bin, body_utf8 longblob, PRIMARY KEY (db, name) ) ENGINE=MyISAM DEFAULT CHARSET=utf8 COMMENT 'Events'
delete from test_columns_priv
insert ignore into test_columns_priv (Host,Db,User,Table_name,Column_name) values (@name,@name,@name,@name,@name)
drop table test_func
drop table test_user
explain select t1.a from t1 left join t2 on t2.a=t1.a
explain select t1.a from t1 left join t2 on t2.a=t1.a order by t2.b
explain select t1.* from t1 left join t2 on t2.pk2=t1.a and \n                                            t2.pk1=t2.pk2+1 and\n                                            t2.pk3=t2.pk1
create table t1 (pk int primary key, col int)
explain select t1.*, t2.* \nfrom \n  t1 left join \n  (t2 left join t3 on t3.pk=t2.col or t3.pk=t2.col) \n  on t2.pk=t1.col or t2.pk=t1.col
explain select t1.a from t1 left join t2 on t2.pk in (10)
insert into t2 select a,a,a from t1 where a in (1,2)
explain \nselect t1.* \nfrom t1 left join t2 on (t2.pk=3 and t2.b=3) or (t2.pk= 4 and t2.b=3)
CREATE TABLE t0 (\n  pk int(11) NOT NULL AUTO_INCREMENT,\n  PRIMARY KEY (pk)\n)
CREATE TABLE t3 (c1 INT, UNIQUE KEY(c1))
CREATE TABLE t2 ( a int(11) NOT NULL, PRIMARY KEY (a))
create table t2 (\n\tid int(10) unsigned NOT NULL DEFAULT '0',\n\tPRIMARY KEY (id)\n)
create table t3 (\n\tid int(10) unsigned NOT NULL DEFAULT '0',\n\tv int(10) unsigned DEFAULT '0',\n\tPRIMARY KEY (id)\n)
insert into t1 values (1, 10), (2, 10)
insert into t3 values (1, 20)
CREATE TABLE t1 (\n  PostID int(10) unsigned NOT NULL\n) DEFAULT CHARSET=utf8
insert into t1 select seq, seq+10 from seq_1_to_10
insert into t11 select A.seq, A.seq+B.seq\nfrom\n  seq_1_to_10 A,\n  seq_1_to_100 B
explain select t1.* from t1 left join v2c on t1.a=v2c.b
explain select t1.* from t1 left join v2d on v2d.a=t1.a
CREATE VIEW v AS SELECT 1 AS a
CREATE TABLE t2(unique_col INT, UNIQUE(unique_col))
explain\nselect t1.null_col from t1 left join t2 on (t2.unique_col<=>t1.notnull_col)
INSERT INTO t2 VALUES ('Louisiana',9),('Alaska',5)
alter table t1 tkey4=4v1
alter table t1 drop b
create table t1 (a int) tkey1=100
create table t1 (a int) opt1='*\\/ oops1 ' opt2=`*/oops2 `
select 3,7,4\nunion\nvalues (1,2,5),(4,5,6)
select 1,2\nunion\nvalues (1,2.0),(3,6)
values (1,2)\nunion\nvalues (3,4),(5,6)
values (1,2),(3,4)\nunion all\nselect 1,2
select 1,2\nintersect\nvalues (3,4),(5,6)
values (1,2),(3,4)\nintersect\nselect 1,2
values (1,2),(3,4)\nexcept\nselect 1,2\nunion values (1,2)
values (1,2),(3,4)\nexcept\nvalues (1,2)\nunion all\nvalues (1,2)
values (1,2),(3,4)\nintersect\nvalues (1,2)\nunion\nvalues (1,2)
values (1,2),(3,4)\nintersect\nvalues (1,2)\nunion\nvalues (3,4)
values (1,2),(3,4)\nunion\nvalues (1,2)\nunion all\nvalues (1,2)
create view v1 as\n  select 1,2\n  union all\n  values (1,2),(3,4)
prepare stmt1 from "\n  select 1,2\n  union\n  values (1,2),(3,4);\n"
prepare stmt1 from "\n  select 1,2\n  union\n  values (3,4)\n  union\n  values (1,2);\n"
explain\nvalues (1,2),(3,4)\nunion\nselect 1,2
analyze\nvalues (1,2),(3,4)\nunion\nselect 1,2
values (1,point(1,1)),(1,1)
prepare stmt from "\nselect 2 union (values (5), (7), (1), (3), (4) limit 2)\n"
BEGIN NOT ATOMIC\n  DECLARE a INT DEFAULT 0;\n  VALUES (a) UNION SELECT 1;\nEND;
values ((select 1), 2), (3,4), (5, (select 6))
insert into t1 values (1,3), (2,3), (3,2), (1,2)
values((select max(a) from t1))
values((select *  from (select max(b) from t1) as t))
values ((values (2))) union all values ((values (2)))
values ((values (4)), (values (5))), ((values (1)), (values (7)))\nunion\nvalues ((values (4)), (select 5)), ((select 2), (values (8)))
values ((values (1) union values (1) union values (1)))
values ((select (values (4))), (values ((values(5)))))\nunion\nvalues ((select (values (4))), (values ((select 7))))
values ((values\n ((select a from t1 where a in (values (7) union values (8))))))
select * from (values ((values ((select (values(2)) from t1 where a=8))))) dt
values (3),(7),(1) order by 1 limit 2
PREPARE stmt FROM "SELECT * FROM t1 WHERE c IN ('10','20')"
PREPARE stmt FROM "SELECT * FROM t1 WHERE (a, b) IN (('10', '10'), ('20', '20'))"
VALUES (IGNORE) UNION VALUES (IGNORE)
INSERT INTO t1 (VALUES (DEFAULT) UNION VALUES (DEFAULT))
lock tables t1 write, t1 as t0 write, t1 as t2 read
CREATE TRIGGER trg_p1_t1 AFTER INSERT ON t1 FOR EACH ROW CALL p1()
CREATE FUNCTION f1() RETURNS INT BEGIN CALL p1(); RETURN 1; END
create trigger tr after insert on t for each row call p()
CREATE TABLE t1(a int) TABLESPACE ts ENGINE=MyISAM
ALTER TABLE t1 STORAGE DISK TABLESPACE ts2
call mtr.add_suppression("Can't init tc log")
create TEMPORARY TABLE IF NOT EXISTS t2 (a int) engine=heap
SELECT CONCAT_WS(pkCrash, strCrash) FROM t1
INSERT INTO t1 VALUES ('2002-10-24 14:50:32'),('2002-10-24 14:50:33'),('2002-10-24 14:50:34'),('2002-10-24 14:50:34'),('2002-10-24 14:50:34'),('2002-10-24 14:50:35'),('2002-10-24 14:50:35'),('2002-10-24 14:50:35'),('2002-10-24 14:50:35'),('2002-10-24 14:50:36'),('2002-10-24 14:50:36'),('2002-10-24 14:50:36'),('2002-10-24 14:50:36'),('2002-10-24 14:50:37'),('2002-10-24 14:50:37'),('2002-10-24 14:50:37'),('2002-10-24 14:50:37'),('2002-10-24 14:50:38'),('2002-10-24 14:50:38'),('2002-10-24 14:50:38'),('2002-10-24 14:50:39'),('2002-10-24 14:50:39'),('2002-10-24 14:50:39'),('2002-10-24 14:50:39'),('2002-10-24 14:50:40'),('2002-10-24 14:50:40'),('2002-10-24 14:50:40')
show create table v1
CREATE TEMPORARY TABLE t2 (i INT)
INSERT INTO t1 VALUES( 12139 )
INSERT INTO t1 VALUES(1, 'val1'), (2, 'val2'), (3, 'val3')
INSERT INTO t2 SELECT f1()
DROP TEMPORARY TABLE IF EXISTS bug48067.t1
CREATE TEMPORARY TABLE t3(c INT)
INSERT INTO t1 VALUES("BASE TABLE")
CREATE TEMPORARY TABLE t1(c1 VARCHAR(20)) ENGINE=INNODB
CREATE TEMPORARY TABLE t1(i INT) ENGINE=INNODB
ALTER TABLE t2 RENAME t1
DROP TABLE nonexisting_table, t1
CREATE TABLE t2(a INT) ENGINE=InnoDB
optimize TABLE t1,t2
CREATE PROCEDURE p1()\nBEGIN\n  DROP TEMPORARY TABLE t1;\nEND
PREPARE stmt FROM 'SELECT f1()'
create function f1() returns int\nbegin\n  drop temporary table t1, t2;\n  return 1;\nend;
CREATE TABLE t (pk INT PRIMARY KEY) ENGINE=InnoDB
create table d1 (a int)
create temporary table t3 (a int) engine=Aria
SELECT DATE'01'
SELECT DATE'2001-01-01 00:00:00'
SELECT DATE'2010-01-01'
SELECT TIME'0000-00-00 00:00:00'
CREATE TABLE t1 AS SELECT\n  TIME'10:10:10',\n  TIME'10:10:10.',\n  TIME'10:10:10.1',\n  TIME'10:10:10.12',\n  TIME'10:10:10.123',\n  TIME'10:10:10.1234',\n  TIME'10:10:10.12345',\n  TIME'10:10:10.123456'
EXPLAIN EXTENDED SELECT {t'10:01:01'}
SELECT TIMESTAMP'2010-01-01 10:10:10.123456'
SELECT TIMESTAMP'2001-00-01 00:00:00.999999'
INSERT INTO t1 VALUES ('2001-01-01'),('2003-01-01')
SELECT YEARWEEK(TIME'00:00:00')
SELECT CONVERT_TZ(TIME'00:00:00','+00:00','+01:00')
SELECT TIME('10:10:10.1234567')
SELECT TIME'10:10:10.1234567xyz'
INSERT INTO t1 VALUES ('2001','gas',102)
INSERT INTO t1 VALUES ('2002','gas',202)
CREATE TABLE t1 AS SELECT\n  TIMESTAMP'2001-01-01 00:00:00',\n  TIMESTAMP'0000-01-01 00:00:00',\n  TIMESTAMP'2001-00-00 00:00:00',\n  TIMESTAMP'2001-00-01 00:00:00',\n  TIMESTAMP'2001-01-00 00:00:00'
PREPARE stmt FROM "SELECT (SELECT DATE'2001-00-00') AS c"
insert into t1 values (2),(4)
SET GLOBAL DEBUG_DBUG=@orig_debug
SELECT SUM(THREADS) > 0 FROM INFORMATION_SCHEMA.THREAD_POOL_GROUPS
SELECT REASON FROM INFORMATION_SCHEMA.THREAD_POOL_WAITS
FLUSH THREAD_POOL_WAITS
CREATE FULLTEXT INDEX i2 ON t1(b) WAIT 0
LOCK TABLE t1 WRITE NOWAIT
INSERT INTO t1 (ts) VALUES (Unix_timestamp('2003-03-30 04:00:01'))
create table t1 (ts timestamp)
set time_zone='MET'
insert into t1 (i, ts) values\n  (unix_timestamp('2003-03-30 01:59:59'),'2003-03-30 01:59:59'),\n  (unix_timestamp('2003-03-30 02:30:00'),'2003-03-30 02:30:00'),\n  (unix_timestamp('2003-03-30 03:00:00'),'2003-03-30 03:00:00')
set time_zone='leap/Europe/Moscow'
select convert_tz(now(),'UTC', 'Universal') = now()
select convert_tz('2003-03-30 03:00:00', 'MET', 'UTC')
select convert_tz('2003-12-31 04:00:00', 'MET', 'SomeNotExistingTimeZone') as exp
SET @old_log_bin_trust_function_creators = @@global.log_bin_trust_function_creators
CREATE TABLE t1 (a SET('x') NOT NULL)
SELECT CONVERT_TZ(1, a, 1) FROM t1
INSERT INTO t1 VALUES (FROM_UNIXTIME(1288477526) /*summer time in Mowcow*/,\n                       FROM_UNIXTIME(1288481125) /*winter time in Moscow*/)
INSERT INTO t1 VALUES (\n  FROM_UNIXTIME(1288477526) /*summer time in Moscow*/,\n  FROM_UNIXTIME(1288481125) /*winter time in Moscow*/,\n  FROM_UNIXTIME(1288481126) /*winter time in Moscow*/)
CREATE TABLE t1 (a TIMESTAMP, b TIMESTAMP)
INSERT INTO t1 VALUES (FROM_UNIXTIME(1288477526),FROM_UNIXTIME(1288481126))
SELECT UNIX_TIMESTAMP(a),UNIX_TIMESTAMP(b),CASE a WHEN b THEN 'eq' ELSE 'ne' END AS x FROM t1
CREATE OR REPLACE TABLE t1 (i INT, d TIMESTAMP NOT NULL DEFAULT NOW())
SET timestamp=1288479600.000000 /* this is the first second in winter time */
SELECT i, d, UNIX_TIMESTAMP(d), expected_unix_timestamp FROM t2 ORDER BY i
SET timestamp=1288477526+3599
insert into t1 values\n  (unix_timestamp('1981-07-01 03:59:59'),'1981-07-01 03:59:59'),\n  (unix_timestamp('1981-07-01 04:00:00'),'1981-07-01 04:00:00')
SELECT FROM_UNIXTIME(1230768022), FROM_UNIXTIME(1230768023), FROM_UNIXTIME(1230768024)
create table t2 (c int, d datetime)
set time_zone= 'Europe/Moscow'
update t1, t2 set t1.b = convert_tz('2004-10-21 19:00:00', 'Europe/Moscow', 'UTC')\n              where t1.a = t2.c and t2.d = (select max(d) from t2)
create table t2 (a int, b varchar(40))
create view v1 as select a, convert_tz(b, 'UTC', 'Europe/Moscow') as lb from t1
create view v1 as select a, convert_tz(b, 'UTC', 'Europe/Moscow') as lb from t1, mysql.time_zone
select sum(created_tmp_tables) from performance_schema.events_statements_history_long
create table t1 (\n  a int primary key,\n  b text\n) engine=innodb
CREATE TRIGGER t1_before_update BEFORE UPDATE ON t1 FOR EACH ROW\n  INSERT INTO log (msg) VALUES ('before update')
TRUNCATE log
INSERT INTO t1 (id, val) VALUES (1, 1) ON DUPLICATE KEY UPDATE val = 1
DROP TRIGGER t1_before_update_fail
CREATE USER mysqltest_dfn@localhost
GRANT CREATE, TRIGGER ON mysqltest_db1.* TO mysqltest_dfn@localhost
CREATE TABLE patch (a blob)
SELECT trigger_name, definer FROM INFORMATION_SCHEMA.TRIGGERS ORDER BY trigger_name
SELECT * FROM INFORMATION_SCHEMA.TRIGGERS ORDER BY trigger_name
DROP TRIGGER wl2818_trg1
INSERT INTO t3 VALUES (1), (2), (3)
RENAME TABLE t1 TO t1_2
SHOW CREATE TRIGGER tr12
SHOW CREATE TRIGGER tr11
insert into mdev38801 values (1)
create table t1 (a varchar(16), b int) engine=innodb
select trigger_schema, trigger_name, event_object_schema,\n       event_object_table, action_statement from information_schema.triggers\n       where event_object_schema = 'test' and event_object_table = 't1'
insert into t1 values ('Alice', 30, 1)
insert into t1 values ('The Pie', 50, 1, 1)
create table t2 (c int) engine=myisam
create trigger trg_bug26141_au after update on t1\nfor each row\nbegin\n  insert into t3 (c) values (1);\nend
select get_lock("lock_bug26141_sync", /* must not be priorly locked */ 0)
select release_lock("lock_bug26141_sync")
select release_lock("lock_bug26141_wait")
CREATE TABLE t1(a INT PRIMARY KEY) ENGINE=innodb
CREATE TRIGGER t1_bd BEFORE DELETE ON t1 FOR EACH ROW SET @a = 1
create trigger trg after insert on t1 for each row \n  set @a:= if(@a,concat(@a, ":", new.i), new.i)
insert into t1 values (1, 1000), (2,3000)
delete from t1 where i <= 3
create trigger trg1 before insert on t1 for each row \nbegin\n  if new.j > 10 then\n    set new.j := 10;\n  end if;\nend
insert into t1 values (1,2),(2,3),(3,14)
create table t1 (id int not null primary key, data int)
create trigger t1_bi before insert on t1 for each row\n  set @log:= concat(@log, "(BEFORE_INSERT: new=(id=", new.id, ", data=", new.data,"))")
create table t2 (event varchar(100))
insert into t1 (id, data) values (1, "one"), (2, "two")
insert into t1 values (4, "four", 1), (5, "five", 2)
create function f1 () returns int return (select max(seq) from t2)
select * from t1 left join (t2 left join t3 on t2.fk_t3 = t3.id) on t1.fk_t2 = t2.id
create trigger trg1 before delete on t1 for each row set @del_before:= @del_before + old.i
create trigger trg2 after update on t1 for each row set @b:= "Fired"
update t1, t2 set j = j + 10 where t1.i = t2.i
update t1, t2 set j = j + 15 where t1.i = t2.i and t1.k >= 2
create trigger trg1 before insert on t1 for each row \nbegin\n  if new.i = 1 then\n    set new.j := 1;\n  end if;\nend
insert into t1 (i) select * from t2
create trigger ai after insert on t1 for each row set @a:= new.at
update t1 set k = 2 where i = 2
create table t1 (i int, bt int, k int, key(k)) engine=myisam
create trigger bi before insert on t1 for each row set @a:= new.bt
insert into t1 values (3, 3)
update t1, t2 set k = k + 10 where t1.i = t2.i and k < 2
replace into t1 values (2, 4)
drop function bug5893
create trigger t1_ai after insert on t1 for each row reset query cache
create trigger t1_ai after insert on t1 for each row reset master
create trigger t1_ai after insert on t1 for each row flush status
create procedure p1() reset master
create procedure p1() flush hosts
create procedure p1() flush user_resources
create trigger t1_whoupdated before update on t1 for each row\nbegin\n  declare user varchar(32);\n  declare i int;\n  select user() into user;\n  set NEW.username = user;\n  select count(*) from ((select 1) union (select 2)) as d1 into i;\nend
create table t1 (c1 int, c2 datetime)
create trigger tr1 before insert on t1 for each row \nbegin \n  set new.c2= '2004-04-01';\n  select 'hello';\nend
drop procedure if exists bug11587
create procedure bug11587(x char(16))\nbegin\n  select "hello";\n  select "hello again";\nend
insert into t1 (c1) values (4),(5),(6)
create trigger t1_ai after insert on t1\n  for each row insert into t2 values (new.f1+1)
update t1 set f1= 10
update t1, t2 set t1.id=10 where t1.id=t2.id
update v1 set id1= 11
create trigger t1_bi before insert on t1 for each row set @a:=new.id
drop trigger test.t1_bi
create trigger t1_bi before insert on t1 for each row return 0
create trigger t1_ai after insert on t1 for each row\n  set @a:= (select max(a) from t1)
insert into t2 select a, f2() from t1
load data infile '../../std_data/words.dat' into table t1 (a) set b:= f1()
insert into t1 values\n  (1,1,10.00),(1,2,10.00),(1,3,10.00),(1,4,10.00),(1,5,10.00),\n  (1,6,10.00),(1,7,10.00),(1,8,10.00),(1,9,10.00),(1,10,10.00),\n  (1,11,10.00),(1,12,10.00),(1,13,10.00),(1,14,10.00),(1,15,10.00)
SET @x=1
SET @x=4
UPDATE t1 SET i1 = 11 WHERE i1 = 3
CREATE TRIGGER t1_bu BEFORE UPDATE ON t1 FOR EACH ROW\n  CALL p1(OLD.i1)
create trigger t1_bi before insert on t1 for each row\nbegin\n  insert into t2 values (new.id, new.v);\n  update t2 set v=v+1 where id= new.id;\n  replace t3 values (new.id, 0);\n  update t2, t3 set t2.v=new.v, t3.v=new.v where t2.id=t3.id;\n  create temporary table t5 select * from t1;\n  delete from t5;\n  insert into t5 select * from t1;\n  insert into t4 values (0);\n  set @check= (select count(*) from t5);\n  update t4 set c= @check;\n  drop temporary table t5;\n\n  set @a:=1/0;\nend
drop trigger not_a_trigger
CREATE TABLE t1 (\n  id int NOT NULL DEFAULT '0',\n  a  varchar(10) NOT NULL,\n  b  varchar(10),\n  c  varchar(10),\n  d  timestamp NOT NULL,\n  PRIMARY KEY (id, a)\n)
CREATE TABLE t2 (\n  fubar_id         int unsigned NOT NULL DEFAULT '0',\n  last_change_time datetime NOT NULL DEFAULT '0000-00-00 00:00:00',\n  PRIMARY KEY  (fubar_id)\n)
CREATE TRIGGER fubar_change\n  AFTER UPDATE ON t1\n    FOR EACH ROW\n      BEGIN\n        INSERT INTO t2 (fubar_id, last_change_time)\n          SELECT DISTINCT NEW.id AS fubar_id, NOW() AS last_change_time\n            FROM t1 WHERE (id = NEW.id) AND (OLD.c != NEW.c)\n        ON DUPLICATE KEY UPDATE\n          last_change_time =\n            IF((fubar_id = NEW.id)AND(OLD.c != NEW.c),NOW(),last_change_time);\n      END
DROP TABLE IF EXISTS bug22580_t1
DROP PROCEDURE bug22580_proc_1
DROP TRIGGER IF EXISTS trg27006_a_insert
create table t3 (isave int)
drop trigger if exists trg_bug28502_bi
replace into t1 values (NULL, "REPLACE, inserting a new key")
replace into t1 (id, operation)\nselect NULL, "REPLACE ... SELECT, inserting a new key"
delete t1.*, t2.* from t1, t2 where t1.id=1
replace into v1 values (@id, "REPLACE, deleting the duplicate")
replace into v1\nselect @id, "CREATE TABLE ... REPLACE SELECT, deleting a duplicate key"
insert into v1 (id, operation)\nselect NULL, "INSERT ... SELECT, inserting a new key"
insert into v1 (id, operation) values (1, "INSERT for multi-UPDATE")
create trigger t1_bi before insert on t1 for each row insert into t2 values (0)
DROP TRIGGER IF EXISTS t_insert
CREATE TRIGGER t_insert AFTER INSERT ON t2 FOR EACH ROW BEGIN UPDATE t1,t2 SET\ndate_insert=NOW() WHERE t1.a=t2.b AND t2.a=NEW.a; END
create trigger trg_25411a_ai after insert on table_25411_a\nfor each row\n  insert into table_25411_b select new.*
drop trigger b1_bi
create trigger trg1 after update on t1 for each row set @a= @a+1
update t2 set b= b
CREATE TRIGGER tr1\nBEFORE INSERT ON t2\nFOR EACH ROW \nBEGIN \n  UPDATE a_nonextisting_table SET a = 1;\nEND
CREATE TABLE t1 (b VARCHAR(50) NOT NULL)
CREATE TABLE t2 (a VARCHAR(10) NOT NULL DEFAULT '')
CREATE TRIGGER trg1 AFTER INSERT ON t2\nFOR EACH ROW BEGIN\n  SELECT 1 FROM t1 c WHERE\n    (@bug51650 IS NULL OR @bug51650 != c.b) AND c.b = NEW.a LIMIT 1 INTO @foo;\nEND
CREATE TABLE t1 (s1 INT)
create or replace trigger tr1 after insert on t1 for each row set @a=@a+1
CREATE TRIGGER t1_trigger BEFORE INSERT ON t1 FOR EACH ROW BEGIN END
CREATE TABLE t1 (a INT, b INT, total INT)
create trigger t1_trg before insert on t1 for each row\nbegin\n  if isnull(new.a) then\n    set new.a:= 1000;\n  end if;\nend
insert into t1 (data2) values ('x')
GRANT INSERT, DROP ON mysqltest_db1.t1 TO mysqltest_dfn@localhost
REVOKE TRIGGER ON mysqltest_db1.t1 FROM mysqltest_dfn@localhost
REVOKE SUPER ON *.* FROM mysqltest_dfn@localhost
CREATE TRIGGER trg1 BEFORE INSERT ON t1\n  FOR EACH ROW\n    SET @a = 1
# table for "write-value" trigger\n\nCREATE TABLE t3(col CHAR(20))
# table for "read-value" trigger\nCREATE TABLE t4(col CHAR(20))
DROP TRIGGER t3_trg_err_1
GRANT SELECT(col) on mysqltest_db1.t4 TO mysqltest_u1@localhost
REVOKE SELECT ON mysqltest_db1.t2 FROM mysqltest_u1@localhost
INSERT INTO t2 VALUES('line2')
GRANT SELECT(col) ON mysqltest_db1.t4 TO mysqltest_u1@localhost
CREATE TABLE t2 (i1 INT)
GRANT EXECUTE, CREATE ROUTINE, TRIGGER ON *.* TO mysqltest_dfn@localhost
INSERT INTO t2 VALUES (31)
REVOKE SELECT, UPDATE ON mysqltest_db1.* FROM mysqltest_dfn@localhost
CREATE TABLE db1.t1 (a char(30)) ENGINE=MEMORY
UPDATE IGNORE t1, t2 SET t1.a1 = 2, t2.a1 = 3 WHERE t1.a1 = 1 AND t2.a1 = 2
CREATE TRIGGER trg_ai AFTER INSERT ON t FOR EACH ROW UPDATE t1 SET t1.count = t1.count + 1
REVOKE UPDATE ON t FROM user@localhost
insert t1 values (NULL, NULL, 20)
insert delayed t1 values (1, 2, NULL)
replace t1 values (NULL, 2, NULL)
set statement sql_mode='' for update t1 set a=1, b=2, c=NULL where a > 1
create table t1 (a timestamp not null default now() on update now(), b int auto_increment primary key)
set statement timestamp=777777777 for insert t1 (a) values (NULL)
insert t1 values (10)
create table t1 (a1 tinyint not null, a2 timestamp not null,\n                 a3 tinyint not null auto_increment primary key,\n                 b tinyint, c int not null)
create trigger trgi before insert on t1 for each row\nbegin\n  if new.b=1 then set new.a1=if(new.c,new.c,null); end if;\n  if new.b=2 then set new.a2=if(new.c,new.c,null); end if;\n  if new.b=3 then set new.a3=if(new.c,new.c,null); end if;\nend
insert t1 values (9, 9, 1)
insert t1 values (9, 9, 2)
create table t2 select a as c, b as d from t1
update t1 set a=(select count(c) from t2 where c+1=a+1 group by a)
create trigger tr2 after update on t2 for each row update t1 set a=new.f2
create or replace trigger test_trigger before insert on t1 for each row\n\tif new.rate is null then set new.rate = 15; end if;
insert t1 (b) select 1 union select 2
insert t1 (b) select NULL union select 11
CREATE TABLE t2 (a INT, b INT AUTO_INCREMENT PRIMARY KEY)
CREATE TRIGGER tr2_bi BEFORE INSERT ON t1 FOR EACH ROW INSERT INTO t2 (a) VALUES (NEW.a + 100)
SET TIMESTAMP=UNIX_TIMESTAMP('2013-01-31 09:00:01')
SHOW CREATE TRIGGER tr1_bi
CREATE TRIGGER tr1_bi BEFORE INSERT ON t1 FOR EACH ROW INSERT INTO t2 (a) VALUES (NEW.a + 100)
INSERT INTO `test`(`uniqueId`,`partitionId`) VALUES(407237055, 2)
insert into t1 (a) values (NULL),(NULL)
create temporary table t1 (a integer auto_increment primary key)
truncate table v1
select length(concat('*',s1,'*',s2,'*')) from t1
insert into t1 values (0x0120)
insert into t1 values(0x412020, 0x412020)
set @@sql_mode= @old_sql_mode
create table t1(f1 int, f2 binary(2) not null, f3 char(2) not null)
CREATE TABLE t1 (indexed_col VARBINARY(32), KEY(indexed_col))
SELECT HEX(c1) FROM t1 WHERE '#' BETWEEN c1 AND 0
select 0 + b'1'
select 0 + b'000011'
create table t1 (a bit(65))
create table t1 (a bit)
select hex(min(b)) from t1 where a = 4
insert into t1 values (1, 1), (2, 0), (3, 1)
insert into t2 values (2, 1), (3, 0), (4, 0)
select a1, a2, b1+0, b2+0 from t1 join t2 on a1 = a2
select hex(b)=hex(n) as should_be_onetrue, bin(b)=bin(n) as should_be_onetrue, oct(b)=oct(n) as should_be_onetrue from bug15583
drop table bug15583
CREATE TABLE t1 (a CHAR(5), b BIT(2))
CREATE TABLE t1 (b BIT)
CREATE TABLE t1 (b BIT NOT NULL, i2 INTEGER NOT NULL, s VARCHAR(255) NOT NULL)
CREATE TABLE IF NOT EXISTS t1 (\nf1 bit(2) NOT NULL default b''\n) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci
create table t2bit7 (b1 bit(7)) engine=MyISAM
insert into t1bit7 values (b'110001011111111')
INSERT INTO t1 VALUES(0, 0), (5, 3), (5, 6), (6, 4), (7, 0)
EXPLAIN SELECT a+0, b+0 FROM t1 WHERE a > 4 and b < 7 ORDER BY 2
INSERT INTO t1 VALUES (NULL, 0),(NULL, 0)
CREATE TABLE t1 (a BIT(7), KEY(a))
CREATE TABLE t2 AS SELECT\n  c1,\n  COALESCE(c1, c1) AS c2,\n  COALESCE(c1, null) AS c3,\n  COALESCE(null, c1) AS c4 FROM t1
CREATE TABLE t1 (indexed_col BIT(64), KEY(indexed_col))
create table t1(a bit(2), b bit(2)) engine=innodb
create table t1(f1 bit(2) not null default b'10',f2 bit(14) not null default b'11110000111100')
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nCREATE TABLE t4 (c varchar(65530) character set utf8 not null)
show create TABLE t4
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nCREATE TABLE t1 (a varchar(70000) default "hello")
insert into t1 values (null,"ccc","CCC")
insert into t1 values ('where')
insert into t1 values ("a","a","a","a")
select c from t1 where c like "hello"
select c from t1 having c like "hello"
select t from t1 group by t
select distinct c from t1
select d from t1 group by d
select c,count(*) from t1 group by c
select d,count(*) from t1 group by d
CREATE TABLE t1 (\n  t1_id bigint(21) NOT NULL auto_increment,\n  _field_72 varchar(128) DEFAULT '' NOT NULL,\n  _field_95 varchar(32),\n  _field_115 tinyint(4) DEFAULT '0' NOT NULL,\n  _field_122 tinyint(4) DEFAULT '0' NOT NULL,\n  _field_126 tinyint(4),\n  _field_134 tinyint(4),\n  PRIMARY KEY (t1_id),\n  UNIQUE _field_72 (_field_72),\n  KEY _field_115 (_field_115),\n  KEY _field_122 (_field_122)\n)
INSERT INTO t2 VALUES (2,2)
INSERT INTO t7 VALUES (3,0,'Low',3)
insert into t1 values ("empty"),("")
select a,reverse(a) from t1
INSERT INTO t1 VALUES (0,'traktor','1111111111111')
insert into t1 (txt) values ('Chevy'), ('Chevy ')
select * from t1 where txt='Chevy' or txt='Chevy ' or txt='Ford'
select * from t1 where txt='Chevy' or txt='Chevy ' or txt=' Chevy'
select * from t1 where txt between 'Chevy' and 'Chevy' or txt='Chevy '
insert into t1 (txt) values\n  ('Chevy'), ('Chevy '), (NULL), ('Honda'), ('Subaru'), ('Honda')
INSERT INTO t (c) VALUES (REPEAT('1',65537))
create table b15776 (data blob(2147483648))
show columns from b15776
# 0 is special case, means default size\nINSERT INTO b15776 values (NULL), (1), (42), (654)
CREATE TABLE b15776 (a char(4294967296))
CREATE TABLE b15776 select cast(null as nchar(4294967295))
explain select cast(1 as decimal(64, 30))
explain select cast(1 as decimal(4294967296))
explain select convert(1, char(4294967295))
explain select convert(1, char(4294967296))
CREATE TABLE t2(id INT NOT NULL, c TEXT NOT NULL)
UPDATE t1 LEFT JOIN t2 USING(id) SET t2.c = REPEAT('1', 70000) WHERE t1.id = 1
CREATE FUNCTION f1() RETURNS TINYBLOB RETURN 1
INSERT INTO t1 VALUES ('0'), ('0')
ALTER TABLE t1 MODIFY a BLOB
INSERT INTO t1 VALUES (REPEAT(0x61,65000))
ALTER TABLE t1 MODIFY a TINYBLOB
EXECUTE IMMEDIATE 'CREATE OR REPLACE TABLE t1 (a TINYTEXT DEFAULT ?)' USING REPEAT('a', 256)
SELECT c1 FROM t1 WHERE '#' BETWEEN c1 AND 0
SELECT a, CAST(a AS UNSIGNED) FROM t1 ORDER BY a
select * from t1 where b = '2000-01-01'
CREATE TABLE t1 (name char(6),cdate date)
INSERT INTO t1 VALUES ('name2','1998-01-02')
CREATE TABLE t2 (cdate date, note char(6))
insert into t1 values ("2000-08-10"),("2000-08-11")
CREATE TABLE t1 (y YEAR)
insert into t1 values ('2000-01-01','2000-01-02')
select 1 from t1 where cast('2000-01-01 12:01:01' as datetime) between start_date and end_date
select @d:=1311
create table t1 (d  date , dt datetime , ts timestamp)
insert ignore into t1 values (9912101,9912101,9912101)
INSERT INTO t1 VALUES (DATE(NOW()), 1)
SELECT COUNT(*) FROM t1 WHERE a = NOW()
EXPLAIN SELECT * FROM t1 WHERE a = '0000-00-00'
CREATE TABLE t1 SELECT curdate() AS f1
SELECT * FROM t1 t11 JOIN t1 t12 ON addtime( t11.the_date, t11.the_time ) = \n                                    addtime( t12.the_date, t12.the_time )
create table t1 (f1 date, key (f1))
SELECT\n  COALESCE(DATE(@h0),DATE("1901-01-01")) AS h0d,\n  COALESCE(DATE(@h1),DATE(NOW())) AS h1d,\n  COALESCE(DATE(@h0),DATE("1901-01-01"))>COALESCE(DATE(@h1),DATE(NOW())) AS compare_h0_gt_h1
SELECT CAST(TIME('33 08:20:30') AS DATE)
CREATE PROCEDURE test5041()\nBEGIN\n  DECLARE t TIME;\n  DECLARE d DATE;\n  SET t= TIME('800:00:00');\n  SET d= t;\n  SELECT d;\nEND;
SELECT 1 FROM (SELECT MAKEDATE(2011,0)) a
CREATE TABLE t1 AS\n  SELECT LAST_DAY('1970-01-01') AS f1,\n         MAKEDATE(1970, 1)      AS f2
explain\nselect 1 from t1 as t1_0 inner join t1 as t2 on (t1_0.a <=> now()) join t1 on 1
CREATE TABLE t2(\n  id BIGINT NOT NULL,\n  date_debut DATE NOT NULL,\n  date_fin DATE DEFAULT NULL)
INSERT INTO t1 VALUES (2,'2016-02-01',null)
INSERT INTO t2 VALUES (4,'2016-04-01',null)
EXPLAIN EXTENDED SELECT * FROM t1 WHERE a='2001-01-01' AND a IN ('2001-01-01','2001-01-02')
SELECT * FROM t1 WHERE HEX(a)!='323030312D30312D3031'
SELECT * FROM t1 WHERE LENGTH(a)=8
SELECT * FROM t1 WHERE LENGTH(a)=8 AND a='20010101'
SET timestamp=UNIX_TIMESTAMP('2015-08-30 10:20:30')
SELECT * FROM t1 WHERE a=TIMESTAMP'2015-08-30 00:00:00'
CREATE TABLE t1 (pk int NOT NULL, d1 date, d2 date NOT NULL)
CREATE  TABLE t1 (f DATE, KEY(f))
SELECT * FROM t1 WHERE d >= ALL (SELECT * FROM t1)
CREATE TABLE t1(a DATE,KEY(a))
EXPLAIN SELECT 1 FROM t1 WHERE t1.a <=> TIMESTAMP'2001-01-01 00:00:01' AND TRUE
EXPLAIN SELECT 1 FROM t1 WHERE t1.a <=> TIMESTAMP('2001-01-01', '00:00:01') AND TRUE
EXECUTE IMMEDIATE 'EXPLAIN EXTENDED SELECT * FROM t1 WHERE COALESCE(?,a)<=>COALESCE(DATE''2001-01-01'',a)' USING DATE'2001-01-01'
CREATE TABLE t2 (i2 int unsigned )
SELECT ROUND(GREATEST('1', CAST('2020-12-12' AS DATE)))
CREATE TABLE t2 AS SELECT\n  GREATEST(c_date,c_date),\n  GREATEST(c_date,c_int),\n  GREATEST(c_int,c_date)\nFROM t1
set sql_mode='NO_ZERO_DATE'
create table t2 (b1 bigint primary key)
insert into t2 (b1) values (1)
CREATE TABLE t1 (indexed_col DATE, KEY(indexed_col))
CREATE TABLE t1 (a DATE, b DATETIME(4))
INSERT INTO t1 VALUES(NULL,20001231235959.9999)
CREATE TABLE t1 (a DATETIME(4))
SELECT * FROM t1 WHERE a=DATE'2001-01-02'
SELECT * FROM t1 WHERE CONCAT(a)=DATE'2001-01-02'
insert into t1 values (now(), now())
insert ignore into t1 values\n  ("2003-01-02 03:04:60"),("2003-01-02 03:63:01"),("2003-01-02 24:04:01"),\n  ("2003-01-32 03:04:01"),("2003-13-02 03:04:01"), ("10000-12-02 03:04:00")
create table t1 (dt datetime)
create table t1 (da date default '1962-03-32 23:33:34', dt datetime default '1962-03-03')
insert into t1 values('2001-04-15','2001-04-15 00:00:00','2001-04-15 00:00:00')
select f1, f2, f3 from t1 where f1 between f2 and f3
select f2 from t1 where '2001-04-10 12:34:56' between f2 and '01-05-01'
create table t3(f3 varchar(20))
select f1,f2,f3 from t1,t2,t3 where (f1,'1') in ((f2,'1'),(f3,'1'))
select least(cast('01-01-01' as date), '01-01-02') as exp
select greatest(cast('01-01-01' as date), '01-01-02') as exp
select cast(least(cast('01-01-01' as datetime), '01-01-02') as decimal(16,2)) as exp
DROP PROCEDURE IF EXISTS test27759
set @bug28261=''
create table t2 as select coalesce(f1,f1) as f4 from t1
desc t8
desc t9
desc t11
create table t12 as select least(cast('01-01-01' as datetime),\n  cast('01-01-01' as date)) as f4 from t1
desc t12
create table t13 as select ifnull(cast('01-01-01' as datetime),\n  cast('01-01-01' as date)) as f4 from t1
drop tables t1,t2,t3,t4,t5,t6,t7,t8,t9,t10,t11,t12,t13
SELECT CAST(CAST('2008-07-29T10:42:51.1234567' AS DateTime(6)) AS DECIMAL(30,7)) as exp
explain select * from t2 where f1=STR_TO_DATE('4/1/2010', '%m/%d/%Y')
CREATE TABLE t1 (`b` datetime )
CREATE TABLE t1 (a DATE NOT NULL, b INT)
SELECT * FROM t1 JOIN t1 AS t1_2 ON 1 WHERE t1_2.a IS NULL
INSERT INTO t1 VALUES ('2001-01-01 00:00:00'),('2001-01-02 00:00:00')
SET timestamp=UNIX_TIMESTAMP('2015-01-01 00:00:00')
SELECT * FROM t1 WHERE 20160101 > CAST(a AS DATETIME)
INSERT INTO t1 VALUES\n(53,54,1,0,'2019-12-13 10:09:59'),\n(54,54,1,0,'2019-12-13 16:28:41'),\n(55,54,1,0,'2019-12-13 16:29:10'),\n(56,54,1,0,'2019-12-13 16:29:43'),\n(57,54,1,0,'2019-12-13 16:30:16'),\n(58,54,1,0,'2019-12-13 16:30:49'),\n(59,54,1,0,'2019-12-13 16:31:23'),\n(60,54,1,0,'2019-12-13 16:31:55'),\n(61,54,1,0,'2019-12-13 16:32:28'),\n(62,54,1,0,'2019-12-13 16:33:01'),\n(63,54,1,0,'2019-12-13 16:33:34'),\n(64,54,1,0,'2019-12-13 16:34:07'),\n(65,54,1,0,'2019-12-13 16:34:40'),\n(66,54,1,0,'2019-12-13 16:35:13'),\n(67,54,1,0,'2019-12-13 16:35:46'),\n(68,54,1,0,'2019-12-13 16:36:19')
SELECT pk<DATE'2001-01-01' FROM t1 GROUP BY pk
INSERT INTO t1 VALUES (LEAST(TIME'10:20:30',TIME'10:20:30'))
CREATE TABLE t1 (a DATETIME, filler CHAR(200), KEY(a))
INSERT INTO t1 VALUES ('2001-01-01 23:00:01', 'no')
INSERT INTO t1 VALUES ('2001-01-01 23:00:01.1', 'no')
INSERT INTO t1 VALUES ('2001-01-01 23:00:03.1', 'yes')
INSERT INTO t1 VALUES ('2001-01-01 23:00:04.1', 'yes')
EXECUTE IMMEDIATE 'EXPLAIN EXTENDED SELECT * FROM t1 WHERE COALESCE(?,a)<=>COALESCE(TIMESTAMP''2001-01-01 00:00:00'',a)' USING TIMESTAMP'2001-01-01 00:00:00'
EXPLAIN EXTENDED SELECT * FROM t1 WHERE COALESCE(TIMESTAMP'2001:01:01 00:00:00',a)<=>COALESCE(TIMESTAMP'2001-01-01 00:00:01',a)
EXECUTE IMMEDIATE 'EXPLAIN EXTENDED SELECT * FROM t1 WHERE COALESCE(?,a)<=>COALESCE(?,a)' USING TIMESTAMP'2001-01-01 00:00:00',TIMESTAMP'2001-01-01 00:00:01'
EXPLAIN EXTENDED SELECT * FROM t1 WHERE LENGTH(COALESCE(TIMESTAMP'2001-01-01 00:00:00.0',a))<=>LENGTH(COALESCE(TIMESTAMP'2001-01-01 00:00:00.0',a))
SELECT * FROM t1 WHERE LENGTH(COALESCE(TIMESTAMP'2001-01-01 00:00:00.0',a))<=>LENGTH(COALESCE(TIMESTAMP'2001-01-01 00:00:00.00',a))
CREATE TABLE t2 (t DATETIME)
INSERT IGNORE INTO t1 VALUES (b'000001001100000')
INSERT INTO t1 SELECT CAST(20010101 AS UNSIGNED)
alter table t1 modify b datetime, modify a datetime(6)
CREATE TABLE t1 (a DATETIME(4) NOT NULL)
SELECT UNIX_TIMESTAMP(a) FROM t1 ORDER BY 1
CREATE TABLE t1 (a1 DATETIME(6), a2 DATETIME(6) NOT NULL)
INSERT INTO t1 VALUES\n('0000-00-00 00:00:00.999999'),\n('0000-00-00 23:59:59.999999'),\n('0000-00-01 00:00:00.999999'),\n('0000-00-01 23:59:59.999999'),\n('0000-00-31 23:59:59.999999'),\n('0000-01-01 00:00:00.999999'),\n('0000-01-01 23:59:59.999999'),\n('0000-01-31 23:59:59.999999'),\n('0000-02-28 23:59:59.999999'),\n('0000-12-31 23:59:59.999999'),\n('0001-01-01 00:00:00.999999'),\n('0001-02-28 23:59:59.999999'),\n('0001-12-31 23:59:59.999999'),\n('0004-02-28 23:59:59.999999'),\n('0004-02-29 23:59:59.999999'),\n('2000-02-29 23:59:59.999999'),\n('2000-12-31 23:59:59.999999'),\n('9999-12-31 23:59:59.999999')
SELECT a, TRUNCATE(a,2) FROM t1
SELECT a, ROUND(a,4) FROM t1
SELECT a, ROUND(a,-6) FROM t1
INSERT INTO t1 VALUES ('1979-01-03 10:33:32'),('2012-12-12 12:12:12')
CREATE TABLE t1 AS SELECT\n  FLOOR(TIMESTAMP'2001-01-01 00:00:00.999999'),\n  CEILING(TIMESTAMP'2001-01-01 00:00:00.999999')
INSERT INTO t1 VALUES ('9999-12-31 23:59:59.99999')
INSERT INTO t1 VALUES ('9999-12-31 23:59:59.9')
INSERT INTO t1 VALUES ('9999-12-30 23:59:59.99999')
INSERT INTO t1 VALUES ('9999-12-30 23:59:59.0')
INSERT INTO t1 VALUES ('0001-12-31 23:59:59.0')
CREATE FUNCTION FLOOR_SP(a DATETIME(6)) RETURNS DATETIME\nBEGIN\n  RETURN\n    CASE\n      WHEN EXTRACT(MICROSECOND FROM a)=0 THEN a\n      ELSE TRUNCATE(a,0)\n    END;\nEND;
INSERT INTO t1 VALUES (2, '9999-12-31 23:59:58.999999', 'Should round')
INSERT INTO t1 (a) VALUES (now(6))
EXPLAIN EXTENDED SELECT * FROM t1 WHERE a='20010101235959.9999999' AND a>='20010101235959.9999999'
SELECT * FROM t1 WHERE COALESCE(a)=TIMESTAMP'2001-01-02 00:00:00'
INSERT INTO t1 VALUES ( '2', '4', '1.0000000000', '1.0000000000', 'Sajab', '16777215', '255')
INSERT INTO t1 VALUES ( '4', '12', '1.0000000000', '1.0000000000', 'nork sadu', '65280', '14474460')
INSERT INTO t1 VALUES ( '5', '12', '2.0000000000', '2.0000000000', 'keskmine sadu', '255', '14474460')
INSERT INTO t1 VALUES ( '24', '33', '22.0000000000', '22.0000000000', 'Pilves, niiske', '8355711', '12632319')
INSERT INTO t1 VALUES ( '27', '33', '12.0000000000', '12.0000000000', 'Sajab, niiske', '0', '12632319')
INSERT INTO t1 VALUES ( '45', '12', '0.0000000000', '0.0000000000', '', '16777215', '14474460')
INSERT INTO t1 VALUES ( '52', '1', '-4.9000000000', '-0.1000000000', '', '0', '15774720')
INSERT INTO t1 VALUES ( '62', '38', '500.0000000000', '999.0000000000', '', '0', '16770560')
INSERT INTO t1 VALUES ( '76', '18', '0.0000000000', '0.0000000000', '', NULL, '16777215')
INSERT INTO t1 VALUES ( '84', '21', '422.0000000000', '422.0000000000', 'Niiske', '9869055', '16777215')
INSERT INTO t1 VALUES ( '85', '21', '411.0000000000', '411.0000000000', 'Saju hoiat.,kuiv!', '16777215', '13158600')
INSERT INTO t1 VALUES ( '91', '21', '114.0000000000', '114.0000000000', 'Hoiatus, M+S!', '255', '13158600')
INSERT INTO t1 VALUES ( '98', '21', '28.0000000000', '28.0000000000', 'Niiske ja sool', '9869055', '16777215')
INSERT INTO t1 VALUES ( '115', '21', '122.0000000000', '122.0000000000', 'Hoiatus, niiske!', '9869055', '13158600')
INSERT INTO t1 VALUES ( '121', '2', '95.0000000000', '100.0000000000', '', NULL, '15774720')
INSERT INTO t1 VALUES ( '132', '1', '0.0000000000', '1.9000000000', '', NULL, '16769024')
INSERT INTO t1 VALUES ( '146', '16', '0.0000000000', '1.9000000000', '', '0', '16769024')
select * from t1 where min_value<=-1 and max_value>=-1 and datatype_id=16
insert ignore into t1 values ("1e+18446744073709551615"),("1e+18446744073709551616"),("1e-9223372036854775807"),("1e-9223372036854775809")
create table t1 (a decimal(10,2) unsigned)
CREATE TABLE t1 (a_dec DECIMAL(0,11))
create table t1(a decimal(7,3) unsigned)
SELECT EMPNUM FROM t1 WHERE HOURS IN (SELECT HOURS FROM t1)
create table t1 (d decimal(64,0))
prepare stmt from "insert into t1 set c1='PS, 1.0 as constant    ', c2=1.0"
insert into t1 set c1='non PS, 1.0 in parameter', c2=@a
insert into t1 values ('002trans','49.99')
insert INTO t2 SELECT * FROM t1
select * from t1 where ua_invited_by_id not in (select ua_id from t1)
INSERT INTO t4 VALUES (123456, 40), (123456, 40)
CREATE TABLE t1( a DECIMAL(4, 3), b INT )
SELECT ROUND( b, a ) FROM t3
insert into t1 values (300),(201.11)
SELECT b FROM t1 JOIN t2 WHERE CONVERT(a, DECIMAL)|CONVERT(b, DECIMAL)
CREATE TABLE t2 (col0 INTEGER)
SELECT CASE WHEN 0.1 THEN 'TRUE' ELSE 'FALSE' END FROM t1
# Allow zero date\nSELECT\n  CAST(TIMESTAMP'0000-00-00 00:00:00.123456' AS DECIMAL(10,6)) AS c1,\n  CAST(TIME'00:00:00.123456' AS DECIMAL(10,6)) AS c2
CREATE TABLE t2 AS SELECT a FROM t1 UNION SELECT a FROM t1dec102
EXECUTE IMMEDIATE 'EXPLAIN EXTENDED SELECT * FROM t1 WHERE ?+a<=>1.0+a' USING 1.1
alter table t1 add c enum ('Y','N') CHARACTER SET utf8 COLLATE utf8_bin
create table t1 (a set('x','y') default 'x')
SELECT id, c1 + 0, c1 FROM t1
create table t1(f1 enum('a','b'), index(f1))
EXPLAIN SELECT a FROM t1 WHERE a=0
INSERT INTO t2 VALUES ('2001/01/01')
EXPLAIN SELECT t1.* FROM t1 LEFT JOIN t2 USING (c1)
CREATE TABLE t1 (c1 ENUM('a') CHARACTER SET latin1 PRIMARY KEY)
CREATE TABLE t2 (c1 ENUM('a','A') CHARACTER SET latin1 COLLATE latin1_bin)
INSERT INTO t1 VALUES (2,'01')
INSERT INTO t1 VALUES (4,'03')
SELECT * FROM t1 WHERE HEX(a)='61'
INSERT INTO t2 VALUES ('100')
CREATE TABLE t2 (a YEAR)
CREATE TABLE t1 (a ENUM('a','b','c','1'),KEY(a))
EXPLAIN SELECT * FROM t1 WHERE a=100.1
EXPLAIN SELECT * FROM t1 WHERE a='1.0'
CREATE TABLE t1 (a ENUM('a'))
CREATE TABLE t2 AS\n  SELECT a, FLOOR(a), CEILING(a), TRUNCATE(a,0), ROUND(a) FROM t1
CREATE TABLE t1 (\n  indexed_col ENUM('2001','2002','2003','2004','2005','2006','2007','2008','2009','2010'),\n  KEY(indexed_col)\n)
SELECT COALESCE(c_int, c_enum)  FROM t1
create table t1 (a int not null, b enum('N','Y') not null)
create trigger test_trigger before update on t1 for each row begin end
INSERT INTO t1 VALUES (0x0000,'')
SELECT 10,10.0,10.,.1e+2,100.0e-1
create table t1 (datum double)
create table t2 select c1 + c1 * (c2 / 100) as col1, round(c1, 5) as col2, round(c1, 35) as col3, sqrt(c1*1e-15) col4 from t1
select max(a),min(a),avg(a) from t1
# Should give an error\ndrop table if exists t1
INSERT INTO t1 VALUES (108, 'Has 108 as key')
select * from t1 where reckey=1.09E2
create table t1 select  105213674794682365.00 + 0.0 x
explain select sum(b) s from t1 group by a
alter table t1 add key (a, b)
select f1, f2, f3 FROM t1
insert ignore into t1 values (2e200), (-2e200)
select f1 + 0e0 from t1
insert into t1 values (1.225e-05)
create table t1(d double, u bigint unsigned)
insert into t1(d) values (9.22337203685479e18),\n                         (1.84e19)
select least(-1.1111111111111111111111111,\n             - group_concat(1.7976931348623157E+308)) as foo
SELECT LEFT('a',(SELECT 1e30 FROM t1 LIMIT 1))
INSERT INTO t1 VALUES ('1.')
CREATE TABLE t1 (a DATETIME PRIMARY KEY)
SELECT t1.* FROM t1 LEFT JOIN t2 ON t1.a=t2.a
INSERT INTO t1 VALUES ('10:20:30')
EXPLAIN SELECT t1.* FROM t1 LEFT JOIN t2 USING(a)
INSERT INTO t1 VALUES (100),(110)
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE LENGTH(a)!=3 AND a=1.10e0
SELECT * FROM t1 WHERE LENGTH(a)!=4 AND a=1.10e0
CREATE OR REPLACE TABLE t1 (c1 FLOAT(53,0) NOT NULL, c2 FLOAT(53,0) NOT NULL)
CREATE TABLE t1 (d2_2 FLOAT (2,2))
INSERT IGNORE INTO t1 (d2_2) SELECT d4_2 FROM t2
create or replace table t1 as select truncate(10.000000000001e1, 31) as t
INSERT INTO t1 VALUES (1.1)
SELECT\n  CONCAT(a),\n  CONCAT(COALESCE(a)),\n  CONCAT(LEAST(a,a)),\n  CONCAT(MAX(a)),\n  CONCAT((SELECT a FROM t1)) AS c\nFROM t1
INSERT INTO t1 VALUES (1, 0.671437),(2, 0.671437)
EXECUTE IMMEDIATE 'EXPLAIN EXTENDED SELECT * FROM t1 WHERE 1e0+a<=>?+a' USING 1e0
SELECT FORMAT(0e0, 50, 'de_DE')
CREATE TABLE t1 AS SELECT HEX(-1e0) AS h
CREATE TABLE t0 (c DOUBLE)
CREATE TABLE t1 (a DOUBLE(0,2147483647))
SELECT CAST(c1 AS FLOAT) + MIN(CAST(c1 AS FLOAT)) = 2 * CAST(c1 AS FLOAT) AS eq\nFROM t1
SELECT CAST(c1 AS DOUBLE) - MIN(CAST(c1 AS DOUBLE)) AS d FROM t1 GROUP BY c1
CREATE TABLE t1 (target INT DEFAULT 0, source GEOMETRY DEFAULT POINT(1,1))
CREATE TABLE t1 AS SELECT ROUND(0xFFFFFFFFFFFFFFFF,-10), ROUND(0xFFFFFFFFFFFFFFFF,-11)
SELECT COALESCE(@a:=1) FROM t1 ORDER BY STRCMP(STDDEV_SAMP(a), 'bar')
CREATE TABLE t2 AS SELECT\n  CONCAT(uint8),CONCAT(sint8),\n  CONCAT(uint16),CONCAT(sint16),\n  CONCAT(uint24),CONCAT(sint24),\n  CONCAT(uint32),CONCAT(sint32),\n  CONCAT(uint64),CONCAT(sint64)\nFROM t1
CREATE FUNCTION sint8() RETURNS TINYINT(2) RETURN 1
CREATE FUNCTION sint32() RETURNS INT(2) RETURN 1
CREATE TABLE t1 AS SELECT\n  CONCAT(COALESCE(uint8())),CONCAT(COALESCE(sint8())),\n  CONCAT(COALESCE(uint16())),CONCAT(COALESCE(sint16())),\n  CONCAT(COALESCE(uint24())),CONCAT(COALESCE(sint24())),\n  CONCAT(COALESCE(uint32())),CONCAT(COALESCE(sint32())),\n  CONCAT(COALESCE(uint64())),CONCAT(COALESCE(sint64()))
DROP FUNCTION uint8
DROP FUNCTION sint8
DROP FUNCTION sint24
DROP FUNCTION sint64
CREATE TABLE t1 (\n  id bigint(20) unsigned NOT NULL,\n  PRIMARY KEY (id)\n)
SELECT * FROM t1 WHERE id IN('1234','97716021308405775')
SELECT '9e+30'>90000000000000000
SELECT 9223372036854775807=CAST(0x7FFFFFFFFFFFFFFF AS UNSIGNED)
CREATE TABLE t1 (a TINYINT, KEY(a))
EXPLAIN SELECT COUNT(*) FROM t1 WHERE a!=a
EXPLAIN SELECT COUNT(*) FROM t1 WHERE a<a+1
SELECT COUNT(*) FROM t1 WHERE a<a+1
CALL p1('int')
CALL p1('bigint(20)')
CALL p1('bigint(30)')
CALL p1('smallint unsigned')
CREATE TABLE t1 AS SELECT ROUND(18446744073709551615,-10), ROUND(18446744073709551615,-11)
CREATE OR REPLACE TABLE t1 AS\nSELECT\n  ROUND(18446744073709551615,NULL) AS c1,\n  ROUND(18446744073709551615,rand()*0) AS c2,\n  ROUND(18446744073709551615,rand()*0-19) AS c3
insert into t1 values (127)
insert into t1 values (-128)
INSERT INTO t1 VALUES (-0x8000000000)
create table t1 (t json) as select json_quote('foo') as t
SELECT js0, JSON_COMPACT(js0), JSON_COMPACT('{}') FROM t1
create table t1 (c national varchar(10))
CREATE PROCEDURE sp1()\nBEGIN \n  DECLARE v1, v2, v3, v4 DECIMAL(28,12);\n  DECLARE v3_2, v4_2 DECIMAL(28, 12);\n  DECLARE counter INT;\n\n  SET v1 = 1;\n  SET v2 = 2;\n  SET v3 = 1000000000000;\n  SET v4 = 2000000000000;\n  SET counter = 0;\n  \n  WHILE counter < 100000 DO\n   SET v1 = v1 + 0.000000000001;\n   SET v2 = v2 - 0.000000000001;\n   SET v3 = v3 + 1;\n   SET v4 = v4 - 1;\n   SET counter = counter + 1; \n  END WHILE;\n\n  SET v3_2 = v3 * 0.000000000001;\n  SET v4_2 = v4 * 0.000000000001;\n\n  SELECT v1, v2, v3, v3_2, v4, v4_2;\nEND
select 1 IN (1.11, 1.2, 1.1, 1.4, NULL, 0.5)
select case 0.1 when 0.1 then "a" when 1.0 then "b" else "c" END
create table t1 select nullif(1.1, 1.1), nullif(1.1, 1.2), nullif(1.1, 0.11e1), nullif(1.0, 1), nullif(1, 1.0), nullif(1, 1.1)
insert into t1 values (18446744073709551615.0)
select * from wl1612
select col3/0 from wl1612
insert into wl1612 (col1, col2) values(12,1.01234567896)
select col1 from wl1612 where col1>4 and col2=1.01234567891
select col1 from wl1612 where col1>4 and col2<>1.0123456789
select col1 from wl1612 where col1>4 and col3=1.0123456789
select col1 from wl1612 where col1>4 and col3<>1.012345679
select 0.8=0.7+0.1
select 0.7+0.1
insert into wl1612_2 values(1,1)
insert into wl1612_3 values('+01','+01')
select col1,count(*) from wl1612_3 group by col1
select round(15.5)
select round(15.6)
select round(15.5,-1)
select round(-15.6,-1)
select truncate(5678.123451,6)
select truncate(5678.123451,-2)
select truncate(-5678.123451,4)
select truncate(-5678.123451,-3)
select 9999999999/col3 from wl1612_4 where col1=1
select -18.3=18.3
select 7777777777777777777777777777777777777 * 10
select ceiling(99999999999999999999)
select floor(9.999999999999999999999)
select floor(-999999999999999999999.999)
select ceiling(999999999999999999999.999)
INSERT INTO Sow6_2f VALUES (101.55)
CREATE TABLE t1 (f1 DECIMAL (64,20), f2 DECIMAL(2,2))
insert into t1 values(1,-1,-1)
select * from t1 where a > -0.00
CREATE TABLE t1 (\n   my_float   FLOAT,\n   my_double  DOUBLE,\n   my_varchar VARCHAR(50),\n   my_decimal DECIMAL(65,30)\n)
CREATE TABLE t1 (a int DEFAULT NULL, b int DEFAULT NULL)
select cast(-3.4 as decimal(2,1))
select cast(-13.4 as decimal(2,1))
CREATE TABLE t1 SELECT 1 % .123456789123456789123456789123456789123456789123456789123456789123456789123456789 AS my_col
CREATE TABLE t1 SELECT\n  /* 66 */ 123456789012345678901234567890123456789012345678901234567890123456.1 /* 1 */\n  AS c1
CREATE TABLE t2 SELECT IFNULL(a + 0.00000000000000000000000000000000000000000000000001, NULL) AS c1 FROM t1
CREATE TABLE t1 SELECT @decimal AS c1
DROP PROCEDURE test_proc
CREATE TABLE currencies (id int, rate decimal(16,4), \n  PRIMARY KEY (id), KEY (rate))
select 0.000000000000000000000000000000000000000000000000001 mod 1
select FLD1*FLD2*FLD3*FLD4*FLD5*FLD6*FLD7*FLD8*FLD9*FLD10*FLD11*FLD12*FLD13*FLD14*FLD15*FLD16*FLD17*FLD18*FLD19*FLD20*FLD21*FLD22*FLD23 as calc1 from t1
CREATE TABLE t2 AS SELECT CAST(0 AS UNSIGNED) MOD d AS f FROM t1
CREATE TABLE t2 AS SELECT DISTINCT CAST(1 AS UNSIGNED) MOD a AS f FROM t1
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE LENGTH(a)!=5 AND a=1.10
CREATE TABLE t1 (a DECIMAL(2,1) DEFAULT 10000)
CREATE TABLE t1 (a DECIMAL(2,1) DEFAULT '10000.0')
CREATE TABLE t1 (a DECIMAL(2,1) DEFAULT '10000.1')
INSERT INTO t1 VALUES ('0.1 ')
CREATE TABLE t1 (a DECIMAL(2,1) DEFAULT '0.10001')
CREATE TABLE t1 (a DECIMAL(2,1) DEFAULT 0.10001e0)
INSERT INTO t1 VALUES (CONCAT(REPEAT('0',100),1,'.9'))
INSERT INTO t1 VALUES (CONCAT(REPEAT('0',100),1,'.994'))
INSERT IGNORE INTO t2 (a,d) SELECT a, a FROM t1
SELECT d, a FROM t2 ORDER BY d,a
CREATE TABLE t1(value DECIMAL(24,0) NOT NULL)
set @a="100000000000000000000002"
SELECT AVG(DISTINCT 0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001) as exp
CALL p1(19,10,'')
CALL p1(18,10,'')
CALL p1(28,10,'  UNSIGNED')
(select (c1 div 1)*0.1 from t) union all (select '1')
select 12345678 * 987.654 as 'exact result'
SET @old_prec_incr= @@SESSION.div_precision_increment
SELECT 3.14159 - SUM(COALESCE(b'101010')) / 42 AS c
SELECT ROUND(IFNULL(b'101010', b'0'), 2) AS c
SELECT 10 + coalesce(b'00110001')  AS co_int,  10 + b'00110001'  AS bare_int
SELECT coalesce(0x31) + 0.0        AS co_dec,  0x31 + 0.0        AS bare_dec
SELECT 10 + if(1, 0x31, 0x30)  AS if_int,  10 + 0x31 AS bare_int
SELECT least(0x31, 0x39) + 0e0     AS least_real
SELECT if(1, b'00110001', b'0') + 0.0 AS if_dec_bit
SELECT 10 + nvl(0x31, 0x30)                 AS nvl_int
CREATE TABLE t1 AS SELECT\n  COALESCE(0xFF)                  AS c1,\n  COALESCE(0xFF, 0xFFFFFF)        AS c2,\n  COALESCE(0xFFFFFF, 0xFF)        AS c3,\n  COALESCE(0xFFFF, NULL)          AS c4,\n  CASE WHEN 1 THEN 0xFFFFFFFF END AS c5
CREATE TABLE t1 (a DECIMAL)
INSERT INTO t1 VALUES ('1x')
INSERT INTO t1 VALUES ('1 ','1 ','1 ','1 ','1 ','1 ','1 ')
INSERT IGNORE INTO t1 VALUES (' x',' x',' x',' x',' x',' x',' x')
INSERT IGNORE INTO t1 VALUES ('-','-','-','-','-','-','-')
INSERT IGNORE INTO t1 VALUES ('1E+','1E+','1E+','1E+','1E+','1E+','1E+')
SELECT COUNT(*) FROM t1 WHERE f4='1 '
SELECT COUNT(*) FROM t1 WHERE f4='.'
SELECT COUNT(*) FROM t1 WHERE i2='-'
SELECT COUNT(*) FROM t1 WHERE i4='-'
SELECT COUNT(*) FROM t1 WHERE i1='+'
SELECT COUNT(*) FROM t1 WHERE i2='+'
SELECT COUNT(*) FROM t1 WHERE f4='1e+'
SELECT COUNT(*) FROM t1 WHERE f8='1e+'
SELECT COUNT(*) FROM t1 WHERE i2='1e+'
SELECT COUNT(*) FROM t1 WHERE i2='1E-'
SELECT COUNT(*) FROM t1 WHERE d='1E-'
SELECT COUNT(*) FROM t1 WHERE f4='1Ex'
SELECT COUNT(*) FROM t1 WHERE f8='1Ex'
SELECT COUNT(*) FROM t1 WHERE f4='1e+x'
SELECT COUNT(*) FROM t1 WHERE f8='1e+x'
SELECT COUNT(*) FROM t1 WHERE f8='1e1000'
SELECT COUNT(*) FROM t1 FORCE INDEX(f4) WHERE f4='1 '
SELECT COUNT(*) FROM t1 FORCE INDEX(i1) WHERE i1='1 '
SELECT COUNT(*) FROM t1 FORCE INDEX(d) WHERE d='1 '
SELECT COUNT(*) FROM t1 FORCE INDEX(i1) WHERE i1=''
SELECT\n  CAST('1 ' AS SIGNED),\n  CAST('1 ' AS UNSIGNED),\n  CAST('1 ' AS DECIMAL),\n  CAST('1 ' AS DOUBLE)
SELECT\n  CAST('' AS SIGNED),\n  CAST('' AS UNSIGNED),\n  CAST('' AS DECIMAL),\n  CAST('' AS DOUBLE)
SELECT\n  CAST(' x' AS SIGNED),\n  CAST(' x' AS UNSIGNED),\n  CAST(' x' AS DECIMAL),\n  CAST(' x' AS DOUBLE)
SELECT\n  CAST('.' AS SIGNED),\n  CAST('.' AS UNSIGNED),\n  CAST('.' AS DECIMAL),\n  CAST('.' AS DOUBLE)
SELECT\n  CAST('1e' AS SIGNED),\n  CAST('1e' AS UNSIGNED),\n  CAST('1e' AS DECIMAL),\n  CAST('1e' AS DOUBLE)
SELECT\n  CAST('1E+' AS SIGNED),\n  CAST('1E+' AS UNSIGNED),\n  CAST('1E+' AS DECIMAL),\n  CAST('1E+' AS DOUBLE)
CREATE OR REPLACE TABLE t1 (a INT ZEROFILL UNSIGNED)
SELECT * FROM t1 WHERE c=0.0
ALTER TABLE t1\nadd new_field char(10) default "new" not null,\nchange blob_col new_blob_col varchar(20),\nchange date_field date_field char(10),\nalter column string set default "newdefault",\nalter short drop default,\nDROP INDEX utiny,\nDROP INDEX ushort,\nDROP PRIMARY KEY,\nDROP FOREIGN KEY IF EXISTS any_name,\nADD INDEX (auto)
LOCK TABLES t3 WRITE
update t2 set string="changed" where auto=16
select t1.auto,t2.auto from t1,t2 where t1.auto=t2.auto and not (t1.string<=>t2.string and t1.tiny<=>t2.tiny and t1.short<=>t2.short and t1.medium<=>t2.medium and t1.long_int<=>t2.long_int and t1.longlong<=>t2.longlong and t1.real_float<=>t2.real_float and t1.real_double<=>t2.real_double and t1.utiny<=>t2.utiny and t1.ushort<=>t2.ushort and t1.umedium<=>t2.umedium and t1.ulong<=>t2.ulong and t1.ulonglong<=>t2.ulonglong and t1.time_stamp<=>t2.time_stamp and t1.date_field<=>t2.date_field and t1.time_field<=>t2.time_field and t1.date_time<=>t2.date_time and t1.new_blob_col<=>t2.new_blob_col and t1.tinyblob_col<=>t2.tinyblob_col and t1.mediumblob_col<=>t2.mediumblob_col and t1.options<=>t2.options and t1.flags<=>t2.flags and t1.new_field<=>t2.new_field)
SELECT GREATEST(ROW(1,1), 1)
SELECT LEAST(1, ROW(1,1))
SELECT ROW(1,1) + ROW(1,1)
SELECT ROW(1,1) * ROW(1,1)
SELECT 1 * ROW(1,1)
SELECT ROW(1,1) / ROW(1,1)
SELECT 1 / ROW(1,1)
SELECT ROW(1,1) / 1
CREATE TABLE t1 (c set('ae','oe','ue','ss') collate latin1_german2_ci)
CREATE TABLE t (f SET('1','2','3','4','5','6','7','8','9','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1','1'))
CREATE TABLE t1\n(\n  c_int INT,\n  c_set SET('1')\n)
SELECT c_int FROM t1 UNION SELECT c_set FROM t1
CREATE TABLE t1 (a SET ('',0x0000) AS (0x0000) VIRTUAL,b SET ('') DEFAULT '') CHARACTER SET latin1
INSERT IGNORE INTO t1 VALUES ('','00:00:00',0)
CREATE TABLE t1 (d DATE) ENGINE=InnoDB
INSERT INTO t2 VALUES (6,'00:00:00')
DROP TABLE mariadb5312_timestamp
SHOW CREATE TABLE mariadb5312_time
DESCRIBE mariadb5312_time
CREATE TABLE t1 (\n  a0 DATETIME,\n  a1 DATETIME(1),\n  a2 DATETIME(2),\n  a3 DATETIME(3),\n  a4 DATETIME(4),\n  a5 DATETIME(5),\n  a6 DATETIME(6)\n)
CREATE TABLE t1 (\n  a0 TIMESTAMP,\n  a1 TIMESTAMP(1),\n  a2 TIMESTAMP(2),\n  a3 TIMESTAMP(3),\n  a4 TIMESTAMP(4),\n  a5 TIMESTAMP(5),\n  a6 TIMESTAMP(6)\n)
DROP PROCEDURE mdev16542_alter_force_and_show
insert t1 values (30),(1230),("1230"),("12:30"),("12:30:35"),("1 12:30:31.32")
insert into t1 values ('09:00:00'),('13:00:00'),('19:38:34'), ('13:00:00'),('09:00:00'),('09:00:00'),('13:00:00'),('13:00:00'),('13:00:00'),('09:00:00')
select cast('100:55:50' as time) > cast('24:00:00' as time)
select cast('300:55:50' as time) > cast('240:00:00' as time)
select cast('24:00:00' as time) = (select f1 from t1)
create table t1(f1 time, f2 time)
insert into t1 values ('00:20:01','a'),('00:20:03','b')
insert into t1 values ('-00:20:01','a'),('-00:20:03','b')
select f1, f1 = '2010-10-11 23:38:57' from t1
CREATE TABLE t2 AS SELECT MAX(t0)+1e0 FROM t1
SELECT MAX(t1)+1 FROM t1
SELECT CAST(9000000 AS TIME)
CREATE TABLE t1 (f1 TIME)
SELECT * FROM t1 WHERE TIMESTAMP(c,'02:04:42') AND d <=> MAKETIME(97,0,7)
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE LENGTH(a)=30+RAND() AND a='00:00:00.000000'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE LENGTH(a)=30+RAND() AND a='000000'
SELECT * FROM t1 WHERE LENGTH(a)=8 AND a=TIMESTAMP'2001-01-01 10:20:31'
SELECT * FROM t1 WHERE a=TIMESTAMP'2001-01-01 10:20:31.123'
SELECT * FROM t1 WHERE LENGTH(a)=8 AND a=TIMESTAMP'2001-01-01 10:20:31.123'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE LENGTH(a)=8 AND a=TIME'10:20:31.000'
SELECT * FROM t1 WHERE a='10:20:31.123'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE LENGTH(a)=8 AND a='10:20:31.123'
SELECT * FROM t1 WHERE a=TIMESTAMP'0000-00-01 10:20:30'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE a=TIMESTAMP'0000-00-01 10:20:30' AND LENGTH(a)=30+RAND()
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE a=TIMESTAMP'0000-01-00 10:20:30' AND LENGTH(a)=8
SELECT * FROM t1 WHERE a='0000-00-00 10:20:30' AND LENGTH(a)=8
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE a='0000-00-01 10:20:30' AND LENGTH(a)=8
SELECT * FROM t1 WHERE a=TIMESTAMP'2015-08-30 00:00:00' AND a='00:00:00'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE TIMESTAMP('2015-08-08',a+RAND())<=TIMESTAMP'2015-08-30 00:00:00.1' AND a='00:00:00'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE TIMESTAMP('2015-08-08',a+RAND())<=TIMESTAMP'2015-08-30 00:00:00.1' AND a='00:00:00.1'
EXPLAIN EXTENDED SELECT * FROM t1 WHERE COALESCE(a)=TIME'00:00:01' AND COALESCE(a)>=TIME'00:00:01'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE COALESCE(a)=TIME('00:00:00') AND COALESCE(a)=DATE('2015-09-11')
SELECT * FROM t1 WHERE COALESCE(a)=TIME('00:00:00') AND COALESCE(a)=DATE'2015-09-11'
SELECT * FROM t1 WHERE COALESCE(a)='00:00:00' AND COALESCE(a)=DATE('2015-09-11')
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE COALESCE(a)='00:00:00' AND COALESCE(a)=DATE'2015-09-11'
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE COALESCE(a)=0 AND COALESCE(a)=DATE('2015-09-11')
EXPLAIN EXTENDED\nSELECT * FROM t1 WHERE COALESCE(a)=DATE('2015-09-11') AND COALESCE(a)='00:00:00'
SELECT * FROM t1 WHERE COALESCE(a)=DATE('2015-09-11') AND COALESCE(a)=0
SELECT * FROM t1 WHERE COALESCE(a)=DATE'2015-09-11' AND COALESCE(a)=TIME'00:00:00'
SELECT * FROM t1 WHERE COALESCE(a)=DATE'2015-09-11' AND COALESCE(a)='00:00:00'
INSERT INTO t1 VALUES ('2000-09-12 00:00:00'), ('2007-04-25 05:08:49')
CREATE OR REPLACE TABLE t1\n(\n  id INT NOT NULL PRIMARY KEY,\n  id2 INT,\n  k TINYINT,\n  j INT,\n  t TIME,\n  KEY k1 (id2,k,j,t)\n)
INSERT INTO t2 VALUES (0),(1999),(2000),(2030),(2050),(2070)
INSERT INTO t1 VALUES ('10:10:10'),('20:20:20')
INSERT INTO t1 VALUES ('10:20:30'),('10:20:31'),('10:20:32')
CREATE OR REPLACE TABLE t0 (d VARCHAR(64))
INSERT INTO t0 VALUES ('0001-01-01 10:20:30')
SELECT * FROM t1 ORDER BY d
SELECT\n  GREATEST('2010-01-01 10:10:10',TIME('-200:20:20')) AS gt_minus200_implicit,\n  GREATEST(CAST('2010-01-01 10:10:10' AS TIME(6)),TIME('-200:20:20')) AS gt_minus200_explictit,\n  GREATEST('2010-01-01 10:10:10',TIME('200:20:20')) AS gt_plus200_implicit,\n  GREATEST(CAST('2010-01-01 10:10:10' AS TIME(6)),TIME('200:20:20')) AS gt_plus200_explicit
SELECT CAST(LAST_VALUE(DATE'2001-01-01') AS TIME)
INSERT INTO t1 VALUES ('2000-01-01','DE',102)
SELECT\n  dt, country, amount,\n  FIRST_VALUE(dt) OVER () AS first,\n  MINUTE(FIRST_VALUE(dt) OVER ()) AS m_first,\n  LAST_VALUE(dt) OVER () AS last,\n  MINUTE(LAST_VALUE(dt) OVER ()) AS m_last\nFROM t1\nORDER BY country, dt
SELECT\n  dt, country, amount,\n  FIRST_VALUE(dt) OVER () AS first,\n  CAST(FIRST_VALUE(dt) OVER () AS TIME) AS t_first,\n  LAST_VALUE(dt) OVER () AS last,\n  CAST(LAST_VALUE(dt) OVER () AS TIME) AS t_last\nFROM t1\nORDER BY country, dt
INSERT INTO t1 VALUES ('24:00:02', 'no')
INSERT INTO t1 VALUES ('-24:00:01', 'no')
INSERT INTO t1 VALUES ('-24:00:02', 'no')
INSERT INTO t1 VALUES ('-838:00:02', 'no')
INSERT INTO t1 VALUES ('23:00:01.1', 'no')
INSERT INTO t1 VALUES ('-23:00:01.1', 'no')
INSERT INTO t1 VALUES ('838:00:02.1', 'no')
INSERT INTO t1 VALUES ('838:00:04.1', 'yes')
SELECT * FROM t1 WHERE a NOT IN ('-838:00:01.1','-838:00:02.1')
EXPLAIN EXTENDED SELECT * FROM t1 WHERE COALESCE(TIME'10:20:30',a)<=>COALESCE(TIME'10:20:31',a)
SELECT * FROM t1 WHERE LENGTH(COALESCE(TIME'00:00:00.0',a))<=>LENGTH(COALESCE(TIME'00:00:00.0',a))
EXPLAIN EXTENDED SELECT * FROM t1 WHERE LENGTH(COALESCE(TIME'00:00:00.0',a))<=>LENGTH(COALESCE(TIME'00:00:00.0',a))
CREATE TABLE t2 (d1 date )
SELECT\n  TIMESTAMP(0)=TIMESTAMP('z') AS ts,\n  DATE(0)=DATE('z') AS d,\n  TIME(0)=TIME('z') AS t
SELECT\n  TIMESTAMP(0)=TIMESTAMP('') AS ts,\n  DATE(0)=DATE('') AS d,\n  TIME(0)=TIME('') AS t
INSERT INTO t1 VALUES (17,'09:16:37','k'),(70,'19:44:22','k')
SET SQL_MODE= 'TIME_ROUND_FRACTIONAL'
INSERT INTO t1 VALUES ('1972-11-06 16:58:58')
INSERT INTO t1 VALUES (1,'100:20:20')
CREATE TABLE t1 (a TIME, b INT)
INSERT INTO t1 VALUES ('07:26:24',NULL),('23:55:04',NULL)
INSERT INTO t1 VALUES ('07:26:24.12',NULL),('23:55:04.34',NULL)
CREATE TABLE t2 (col_datetime_key DATETIME, KEY(col_datetime_key))
SELECT * FROM t2 STRAIGHT_JOIN t1 FORCE INDEX (col_time_key) WHERE col_time_key = col_datetime_key
INSERT INTO t1 VALUES ('838:59:59.9')
INSERT INTO t1 VALUES ('837:59:59.9999')
INSERT INTO t1 VALUES ('837:59:59.9')
INSERT INTO t1 VALUES ('23:59:59.99')
INSERT INTO t1 VALUES ('00:00:00.999')
INSERT INTO t1 VALUES ('00:00:00.0')
INSERT INTO t1 VALUES ('-00:00:00.99999')
INSERT INTO t1 VALUES ('-837:59:59.9999')
INSERT INTO t1 VALUES ('-837:59:59.999')
INSERT INTO t1 VALUES ('-837:59:59.1')
INSERT INTO t1 VALUES ('-838:59:59.9999')
CREATE TABLE t1 (a TIME(999999999999999999999999999999))
SELECT CAST(1 AS TIME(999999999999999999999999999999))
INSERT INTO t1 VALUES(NULL,'00:00:00.9999')
CREATE TABLE t1 (a TIME(3), b DOUBLE)
CREATE TABLE t1 (a TIME(6), b VARCHAR(64))
CREATE OR REPLACE TABLE t1 (id SERIAL, a TIME(4))
INSERT INTO t1 VALUES (0.999999)
SELECT * FROM t1 WHERE a='0.9999999'
SELECT * FROM t1 WHERE a='0.9999999' AND CONCAT(a)='00:00:01.000000'
SELECT TIME'839:00:00'
CREATE TABLE t2 (a int, t datetime)
SET TIMESTAMP=1236
INSERT INTO t1 VALUES ("2000-03-01","2000-03-01 00:00:00",20000301000000)
INSERT INTO t1 VALUES ("2004-12-31","2004-12-31 23:59:59",20041231235959)
SET TIMESTAMP=1000000002
create table t1 (t1 timestamp not null default '2003-01-01 00:00:00' on update now(), t2 datetime)
SET TIMESTAMP=1000000004
SET TIMESTAMP=1000000005
SET TIMESTAMP=1000000007
create table t1 (t1 timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, t2 datetime, t3 timestamp NOT NULL DEFAULT '0000-00-00 00:00:00')
SET TIMESTAMP=1000000009
insert into t1 values ('2004-04-01 00:00:00', '2004-04-01 00:00:00')
update t1 as ta, t1 as tb set tb.t1= '2004-04-03 00:00:00'
replace into t1 set pk = 1, bulk= 20
alter table t1 add i int default 10
create table t1 (a timestamp null default null, b timestamp null default '2003-01-01 00:00:00')
create table t1 (a bigint, b bigint)
create table t1 (a char(2), t timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)
insert into t1 (a, b, c) values (1, 0, '2001-01-01 01:01:01'),\n  (2, 0, '2002-02-02 02:02:02'), (3, 0, '2003-03-03 03:03:03')
update t1 set b = 2, c = c where a = 2
insert into t1 (a, c) values (4, '2004-04-04 00:00:00'),\n  (6, '2006-06-06 06:06:06') on duplicate key update b = 4
INSERT INTO t1 (f2,f3) VALUES (NOW(), TIME(NULL))
CREATE TABLE t1 (a TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, KEY (a))
INSERT INTO t1 VALUES( '2010-02-01 09:30:01' )
INSERT INTO t1 VALUES( '2010-02-01 09:31:01' )
SELECT * FROM t1 WHERE '2010-02-01 09:31:02.0' <= a
CREATE TABLE t2 ( a TIMESTAMP, KEY ( a ) )
INSERT INTO t2 VALUES( '2010-02-01 09:31:02' )
INSERT INTO t2 VALUES( '2010-02-01 09:31:03' )
INSERT INTO t2 VALUES( '2010-02-01 09:31:06' )
EXPLAIN\nSELECT * FROM t2 WHERE a < '2010-02-01 09:31:02.0'
SHOW STATUS LIKE 'Handler_read_next'
SELECT UNIX_TIMESTAMP('abc') > 0
CREATE TABLE t1 (dt DATETIME, ts TIMESTAMP)
INSERT INTO t1 VALUES('2011-01-06 12:34:30', '2011-01-06 12:34:30')
SELECT MAX(ts) < '2010-01-01 00:00:00' FROM t1
SELECT MAX(dt) < '2010-01-01 00:00:00' FROM t1
INSERT INTO t1 VALUES('2001-01-01'),('2002-02-02'),('2003-03-03')
EXPLAIN SELECT * FROM t1 WHERE a >= COALESCE(DATE_ADD(TIMESTAMP'9999-01-01 00:00:00',INTERVAL 1000 YEAR))
INSERT INTO t1 VALUES ('2001-01-01 00:00:00','2001-01-01 23:59:59')
CREATE TABLE t1 (a INT, b TIMESTAMP) ENGINE=MyISAM
INSERT INTO t1 VALUES (1,'2018-06-19 00:00:00')
INSERT INTO t1 VALUES ('2018-01-01'),('2019-01-01')
CREATE TABLE t1 (t TIMESTAMP DEFAULT '1971-01-01 00:00:00', f INT)
SELECT * FROM t1 WHERE f IN (DEFAULT(t),1)
CREATE TABLE t1 (a TIMESTAMP(3) DEFAULT 0, b TIMESTAMP)
SELECT * FROM t1 WHERE DEFAULT(b) - a
SET time_zone="-02:00"
CREATE TABLE t1 (a TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP)
set explicit_defaults_for_timestamp=ON
set timestamp=unix_timestamp('2011-01-01 01:01:01') + 0.123456
create or replace table t1 (a timestamp(5) default current_timestamp)
create or replace table t1 (a timestamp(5) default current_timestamp(5))
create or replace table t1 (a timestamp(5) default current_timestamp(6))
create or replace table t1 (a timestamp(5) on update current_timestamp())
SELECT * FROM t1,t2 WHERE COALESCE(t1.a)=t2.a
INSERT INTO t1 VALUES ('2001-01-01 10:20:30', '2001-01-01 10:20:30.9')
insert into t1 values ('abc ', 'de ', 'ghi', 'jkl ')
insert into vchar values ('abc', 'de', 'ghi', 'jkl')
select v='a' from t1
select binary v='a ' from t1
create table t1 (v varbinary(20))
insert into t1 values ("This is a test")
insert into t1 values ("This is a long string to have some random length data included")
alter table t1 change v v varchar(254), drop key v
create table t1 (a int, b varchar(12))
insert into t1 values (1, 'A'), (22, NULL)
create table t1 (f1 varchar(65500))
alter table t1 modify f1 varchar(255)
alter table t1 modify f1 tinytext
INSERT INTO t1 VALUES(SUBSTR(f1, 1, 3))
insert into t2 (id) values (1), (2), (3)
SELECT a,(a + 0) FROM t1 ORDER BY a
CREATE TABLE t1 (c1 VARCHAR(65534))
INSERT INTO t1 VALUES ('g')
SELECT * FROM t1 WHERE c1=10
EXPLAIN SELECT * FROM t1 WHERE c1<10
SELECT * FROM t1 WHERE i >= 10 ORDER BY i LIMIT 5
EXPLAIN DELETE FROM t1 WHERE i = 10 ORDER BY a, i LIMIT 5
DROP TABLE t1old
ALTER IGNORE TABLE t1 ALGORITHM=INPLACE, MODIFY a VARBINARY(255) DEFAULT 'a10'
insert ignore into t1 values (now())
select if(y = now(), 1, 0) from t1
UPDATE t2 SET yy = c2
SELECT * FROM t4 a, t4 b WHERE a.yyyy = b.yyyy
SELECT * FROM t2 WHERE yy <=> NULL
SELECT * FROM t2 WHERE yy < NULL
SELECT * FROM t4 WHERE yyyy = '1999'
SELECT * FROM t2 WHERE yy = 1998.9
SELECT * FROM t4 WHERE yyyy = 2000
CREATE TABLE t1(c1 YEAR(4))
insert t1 values (0,2000)
select a from t1 where a=2000
# constant.\nselect a from t1 where a=1000+1000
SELECT * FROM t1 WHERE a=10 AND a>=10
CREATE TABLE t1 (f YEAR)
INSERT IGNORE INTO t1 VALUES (1971),(1972)
CREATE TABLE t2 (a DECIMAL(10,1))
create or replace table t1 (a YEAR(100))
CREATE OR REPLACE TABLE t1 (a YEAR)
select myfunc_double(1)
insert into t1 values(100, 54.33), (200, 199.99)
select metaphon('hello')
call XXX1('hello')
DROP TABLE bug19904
CREATE DEFINER=CURRENT_USER() FUNCTION should_not_parse\nRETURNS STRING SONAME "should_not_parse.so"
CREATE VIEW v1 AS SELECT a, fn(MIN(b)) as c FROM t1 GROUP BY a
SELECT myfunc_int(fn(MIN(b) xx)) as c FROM t1 GROUP BY a
SELECT myfunc_int(test.fn(MIN(b)) xx) as c FROM t1 GROUP BY a
EXPLAIN EXTENDED SELECT myfunc_int(MIN(b) xx) as c FROM t1 GROUP BY a
EXPLAIN EXTENDED SELECT test.fn(MIN(b)) as c FROM t1 GROUP BY a
SELECT test.fn(MIN(b)) as c FROM t1 GROUP BY a
SELECT myfunc_int(test.fn(MIN(b))) as c FROM t1 GROUP BY a
select myfunc_double(abs(3 AS wrong))
create table bug18761 (n int)
drop table bug18761
SELECT udf_sequence() AS seq, a FROM t1 ORDER BY seq DESC
SELECT * FROM t2 WHERE a = udf_sequence()
drop database db_31767
drop function test.no_such_func
DROP FUNCTION METAPHON
create view v1 as select myfunc_int(max(a) over (order by b) , b) from t1
delete from mysql.func where name = ''
select pk, a, sum, price, avg2(sum, price) over (partition by a order by pk ROWS BETWEEN 1 PRECEDING AND 0 FOLLOWING)\nfrom t1
DROP FUNCTION avg2
select pk from t1 where myfunc_int(a) > 4
create table t1 (n int key not null auto_increment,  msg int as (udf_sequence()) virtual)
select 0,'#' union select a,b from t1 union all select a,b from t2 union select 7,'gg'
explain extended (select a,b from t1 limit 2)  union all (select a,b from t2 order by a limit 1) order by b desc
explain select a,b from t1 union select 1
insert into t3 select a from t1 order by a union select a from t2
select * from t1 union select a from t2
create table t3 select a,b from t1 union all select a,b from t2
(SELECT 1) UNION (SELECT 2) ORDER BY (SELECT a)
(SELECT 1,3) UNION (SELECT 2,1) ORDER BY (SELECT 2)
CREATE TABLE t1 (\n  `pseudo` char(35) NOT NULL default '',\n  `pseudo1` char(35) NOT NULL default '',\n  `same` tinyint(1) unsigned NOT NULL default '1',\n  PRIMARY KEY  (`pseudo1`),\n  KEY `pseudo` (`pseudo`)\n) ENGINE=MyISAM
(select * from t1 limit 2) union (select * from t2 limit 3)
INSERT INTO t4 VALUES (1,1,NULL,NULL)
SELECT COUNT(*) FROM (\n(SELECT                     * FROM t1) UNION all (SELECT * FROM t2)) q
(SELECT SQL_CALC_FOUND_ROWS * FROM t1 LIMIT 1) UNION all (SELECT * FROM t2) LIMIT 2
SELECT COUNT(*) FROM (\n(SELECT                     * FROM t1) UNION all (SELECT * FROM t2 LIMIT 1)) q
SELECT SQL_CALC_FOUND_ROWS * FROM t1 LIMIT 1 UNION all SELECT * FROM t2 LIMIT 2
(SELECT SQL_CALC_FOUND_ROWS * FROM t1 limit 2,2) UNION SELECT * FROM t2
(SELECT * FROM t1) UNION all (SELECT SQL_CALC_FOUND_ROWS * FROM t2) LIMIT 1
INSERT INTO t2 (id, id_master, text1, text2) VALUES("1", "1",\n"foo1", "bar1")
SELECT 1 AS id_master, 1 AS id, 'ABCDE' AS text1, 'ABCDE' AS text2 UNION SELECT id_master, t2.id, text1, text2 FROM t1 LEFT JOIN t2 ON t1.id = t2.id_master
create table t2 (a int not null primary key auto_increment, b int)
explain extended (select * from t1 where a=1) union (select * from t2 where a=1)
(select * from t1 where a=1) union (select t1.a,t2.a from t1,t2 where t1.a=t2.a)
set @save_optimizer_use_condition_selectivity=@@optimizer_use_condition_selectivity,@save_optimizer_switch=@@optimizer_switch
create table t1 SELECT f from t2 UNION select d from t2
create table t1 SELECT f from t2 UNION select da from t2
create table t1 SELECT y from t2 UNION select dt from t2
create table t1 SELECT sv from t2 UNION select tx from t2
set local tmp_table_size=default
create table t1 (a int, index (a), b int)
select count(*) from t1 where b=13 union select count(*) from t1 where a=7
select * from t1 UNION select * from t1
select 1 union select 2
(select 1) union (select 2)
set sql_select_limit=default
insert into t2 values (100)
select "1" as a union select a from t3
create table t1 as\n(select _latin1'test') union\n(select _latin1'TEST') union\n(select _latin1'TeST')
create table t1 as\n(select _latin1'test') union\n(select _latin1'TEST' collate latin1_bin) union\n(select _latin1'TeST')
select * from ((select * from t1 limit 1)) a
create table t2 select a from t1 union select NULL
create table t2 select a from t1 union select c from t1
create table t2 select a from t1 union select b from t1
create table t2 select * from t1 union select 'abcdefghijkl'
CREATE TABLE t1 (a longtext)
SET @@global.max_allowed_packet=25000000
CREATE TABLE t3 SELECT REPEAT(a,2) AS a FROM t1 UNION SELECT b FROM t2
CREATE TABLE t1\n(\n  c_varchar varchar(1) character set utf8 collate utf8_general_ci,\n  c_tinytext tinytext,\n  c_text text,\n  c_mediumtext mediumtext,\n  c_longtext longtext\n)
CREATE TABLE t2 AS\nSELECT c_tinytext, c_text, c_mediumtext, c_longtext FROM t1\nUNION\nSELECT c_varchar, c_varchar, c_varchar, c_varchar FROM t1
SELECT a,1 FROM t1 \nUNION ALL \nSELECT b, COUNT(*) FROM t2 GROUP BY b WITH ROLLUP\nORDER BY a DESC
CREATE TABLE t1 (f FLOAT(9,6))
SELECT a INTO @v FROM (\n  SELECT a FROM t1\n  UNION\n  SELECT a FROM t1\n) alias
SELECT a FROM t1 UNION SELECT a INTO OUTFILE 'union.out.file6' FROM t1
SELECT c1, c2 FROM (\n  SELECT c1, c2 FROM t1\n  UNION\n  (SELECT c1, c2 FROM t2 ORDER BY c2 DESC, c1 LIMIT 1)\n) AS res
SELECT(SELECT 0 AS a FROM dual UNION SELECT 1 AS a FROM dual ORDER BY a DESC LIMIT 1) AS dev
SELECT(SELECT 1 AS a ORDER BY a) AS dev
SELECT(SELECT 1 AS a LIMIT 1) AS dev
SELECT(SELECT 1 AS a FROM dual ORDER BY a DESC LIMIT 1) AS dev
SELECT sql_text, rows_examined FROM mysql.slow_log WHERE sql_text LIKE '%SELECT%t17059925%'
CREATE TABLE t1 (pk int NOT NULL)
select avg(f), (e , f) in (select e,b from t1 union select c,d from t2) as sub from t3 group by sub
(SELECT a, sum(a) AS f FROM v1 group by a ORDER BY b + sum(a))\nUNION\n(SELECT 2, 2)
select @advertAcctId as a from dual union all select 1.0 from dual
CREATE TABLE t3 (`id` int NOT NULL  PRIMARY KEY,`name` varchar(64))
CREATE TABLE t1 (a VARCHAR(1))
SELECT a FROM t1 WHERE a IN (SELECT 'r' FROM t1 UNION ALL SELECT 'j')
CREATE TABLE t2\nSELECT a FROM t1 WHERE a IN (SELECT 'r' FROM t1 UNION ALL SELECT 'j')
INSERT INTO t1 VALUES (1,1), (2,8)
CREATE TABLE t2 (pk int PRIMARY KEY) ENGINE=MyISAM
CREATE OR REPLACE TABLE t2 SELECT a FROM t1 UNION SELECT c FROM t1
CREATE OR REPLACE TABLE t2 SELECT b FROM t1 UNION SELECT b FROM t1
CREATE OR REPLACE TABLE t2 AS SELECT b FROM t1 UNION SELECT a FROM t1
CREATE TABLE t1 AS SELECT 1 AS c1,1 AS c2,-1 AS c3,-1 AS c4 UNION SELECT 1,-1,1,-1
CREATE OR REPLACE TABLE t1 AS SELECT 1 AS c1, 'a' AS c2 UNION SELECT 'a', 1
CREATE TABLE t1 (a INT(3), b VARCHAR(1))
CREATE TABLE t1 (a BIGINT(12), b VARCHAR(1))
insert into t1 values (-1),(0),(1),(2),(3),(4),(5),(6),(98),(99),(100),(102)
insert into t1(c1) values(1),(2),(3)
CREATE TABLE t1 (i1 int)engine=innodb
CREATE TABLE t1 ( a int NOT NULL PRIMARY KEY) engine=innodb
DELETE FROM t1 WHERE t1.a =\n  (SELECT t1.a FROM t2 UNION SELECT DISTINCT 52 FROM t2 r WHERE t1.a = t1.a)
INSERT INTO t1 (a) VALUES (20),(NULL),(NULL),(NULL),(NULL),(NULL),(NULL)
update t1 set a=b+100 where a=1 and a=2
INSERT INTO t1 (place_id,shows,ishows,ushows,clicks,iclicks,uclicks,ts)\nVALUES (1,0,0,0,0,0,0,20000928174434)
CREATE TABLE t1 (\n   `id_param` smallint(3) unsigned NOT NULL default '0',\n   `nom_option` char(40) NOT NULL default '',\n   `valid` tinyint(1) NOT NULL default '0',\n   KEY `id_param` (`id_param`,`nom_option`)\n ) ENGINE=MyISAM
INSERT INTO t2 VALUES (3,4433,10009,494,500)
INSERT INTO t2 VALUES (3,4433,10005,497,500)
INSERT INTO t2 VALUES (3,4433,10005,494,500)
create table t1 (c1 int, c2 char(6), c3 int)
insert into t1 values (0, '1')
update t1, t2 set t1.a = t2.a where t2.b = t1.b
select DATABASE()
update t1 set a=9999 order by a limit 1
update t1 set a=a+10,b=1 order by a limit 3
update t2,t1 set f1=3,f2=3 where f1=f2 and f1=1
update t2 set a=3 where a=2
update t1 set `*f2`=1
SELECT user_id FROM t1 WHERE request_id=9999999999999
SELECT user_id FROM t1 WHERE request_id=999999999999999999999999999999
create table t2 (id int unsigned not null auto_increment primary key, a int)
update t1 join t2 on (t1.a=t2.a) set t1.id=t2.id
update t2 set a=1
CREATE VIEW v1 AS SELECT t11.a, t12.a AS b FROM t1 t11, t1 t12
UPDATE v1 SET pk = 7 WHERE pk > 0
UPDATE t2 \nSET data_entry_cost\n  = ( ( SELECT SUM(data_exit_entry_quantity * data_entry_cost)\n\tFROM \n        v1 AS query \n        WHERE data_entry_exit_id = t2.data_entry_id\n      )\n    )
CREATE TABLE t1 (i1 int, d1 date , i2 int , d2 date) engine=myisam
create table t1 (a1 varchar(30), a2 varchar(30) collate utf8_bin)
explain extended\nupdate t1 set a1 = 'u'\n  where a2 like 'xx%' and exists(select 1 from t1 where t1.a1 < 'c')
create table t1 (id int primary key, v int)
select t1.*, t2.* from t1, t2 order by t1.id, t2.id limit 2
create table t3 (id int primary key, v int)
select t1.*, t2.*, t3.* from t1, t2, t3 order by t1.id, t2.id, t3.id limit 3
UPDATE t1, t2, t3 SET t1.v=-1, t2.v=-2, t3.v=-3 ORDER BY t1.id, t2.id, t3.id LIMIT 3
CREATE ALGORITHM=UNDEFINED VIEW `v1` AS select `t4`.`c1` AS `c1`,`t4`.`c2` AS `c2`,`t4`.`c3` AS `c3` from `t4`
SELECT t2.b_id FROM t1,t2 WHERE t2.c_id = t1.c_id
SELECT * FROM t1 UNION \nSELECT * FROM t2 FOR UPDATE
create view v1 as select * from t1 where c2=2
insert into t1(c1,c2,c3) values (2,1,4)
insert into t1(c1,c2,c3) values (2,2,5)
insert into t1(c1,c2,c3) values (2,3,6)
SELECT * FROM ft2 WHERE MATCH(copy) AGAINST('mykeyword')
drop table ft2
show tables in `mysqltest1`
show tables in `#mysql50#mysqltest-1`
create table `txu@0023p@0023p1` (s1 int)
insert into `txu@0023p@0023p1` values (2)
drop table `txu#p#p1`
create database `tabc` default character set latin2
create table tabc.t1 (a int)
show create database `a-b-c`
ALTER DATABASE `#mysql50#:` UPGRADE DATA DIRECTORY NAME
drop table if exists `#mysql50#COM1@@@`
create table `#mysql50#t-1`(a int)
alter table t1 rename to `#mysql50#t-1`
create database `#mysql50#mysqltest-1`
alter table t1 convert table t2 to partition p2 values in (7)
select nextval(`#mysql50#s-1`)
DROP PROCEDURE IF EXISTS mysql.AddGeometryColumn
DROP PROCEDURE IF EXISTS mysql.DropGeometryColumn
call mysql.AddGeometryColumn("def", "mysqltest1", "t1", "g", 101)
select count(*) from user
delete from global_priv
insert into mysql.tables_priv select * from mysqltest1.save_tables_priv
insert into save_proc select * from proc
DROP PROCEDURE IF EXISTS DropGeometryColumn
set @my_max_user_connections= @@global.max_user_connections
grant all on test.* to mysqltest_1@localhost with max_queries_per_hour 2
set global max_user_connections=1
create user foo@'%' with max_user_connections 1
alter user foo with max_user_connections 2
drop user foo@'%'
SET @var2=char(ascii('a'))
create table t2 (i int not null, unique (i))
select @a:="10", @b:="1", @a > @b, @a < @b
select @a:=1
insert into t1 values (1,2.0, "test")
select @g,(@g:=c),@g from t1
set @a=_latin2'test' collate latin2_general_ci
select charset(@a:=_latin2'test')
select collation(@a:=_latin2'test')
select (@a:=_latin2'test' collate latin2_bin) = _latin2'TEST'
select @v, coercibility(@v)
set session @honk=99
select @@local.max_allowed_packet
select @@session.max_allowed_packet
select @@global.max_allowed_packet
set @first_var= concat(NULL)
CREATE TABLE `bigfailure` (\n  `afield` BIGINT UNSIGNED NOT NULL\n)
select * from (SELECT afield FROM bigfailure) as b
SHOW COUNT(*) WARNINGS
select @a:=f1, count(f1) from t1 group by 1 asc
select @a:=f2, count(f2) from t1 group by 1 desc
insert into t1 (b) values (10), (30), (10), (10)
select if(b=@var, 999, b) , @var := b from t1  order by b
CREATE TABLE t1(f1 INT AUTO_INCREMENT, PRIMARY KEY(f1))
INSERT INTO t1 SET f1 = @aux1
CREATE TABLE t1(f1 VARCHAR(257) , f2 INT, PRIMARY KEY(f2))
# INT\nSET @aux = NULL
SELECT f1, f2 FROM t1 ORDER BY f2
flush user_statistics
show columns from information_schema.user_statistics
set @@global.general_log=0
create table t1 (a int, primary key (a), b int default 0) engine=innodb
update t1 set b=1
show status like "rows%"
show status like "ha%"
select * from information_schema.index_statistics
select connected_time <> 0, busy_time <> 0, bytes_received <> 0,\n       bytes_sent <> 0, binlog_bytes_written <> 0\n       from information_schema.user_statistics
SELECT x'31'+0.1e0, 0x31+0.1e0
insert into t1 set UNIQ=123
select x,xx from t1
insert into t1 values("ccc", "ddd")
alter table t1 modify a varchar(255)
show variables like 'slave_load_tmpdir'
show variables like 'slave_skip_errors'
SELECT @@session.log_slave_updates
SET @@session.log_slave_updates= true
SET @@session.relay_log= 'x'
SET @@global.relay_log= 'x'
SET @@global.relay_log_basename= 'x'
SELECT @@session.relay_log_info_file
set @my_delayed_insert_timeout    =@@global.delayed_insert_timeout
set @my_flush                     =@@global.flush
set @my_max_delayed_threads       =@@global.max_delayed_threads
set @my_myisam_data_pointer_size  =@@global.myisam_data_pointer_size
set @my_storage_engine            =@@global.default_storage_engine
select @test, @`test`, @TEST, @`TEST`, @"teSt"
set @TEST=2
set @`TeST`=4
select @`teST`:=5
set @test_int="hellohello",@test_double="hellohello",@test_string="hellohello",@test_string2="hellohello"
set @test_int=null,@test_double=null,@test_string=null,@test_string2=null
explain extended select @t1:=(@t2:=1)+@t3:=4,@t1,@t2,@t3
CREATE TABLE t1 (c_id INT(4) NOT NULL, c_name CHAR(20), c_country CHAR(3), PRIMARY KEY(c_id))
INSERT INTO t1 VALUES (1,'Bozo','USA'),(2,'Ronald','USA'),(3,'Kinko','IRE'),(4,'Mr. Floppy','GB')
SELECT @min_cid:=min(c_id), @max_cid:=max(c_id) from t1
select @@local.max_join_size, @@global.max_join_size
explain extended select last_insert_id(345)
select @@concurrent_insert
set default_storage_engine=MYISAM, default_storage_engine="HEAP", global default_storage_engine="MERGE"
select * from information_schema.session_variables where variable_name like 'net_%' order by 1
set @@query_alloc_block_size=1024*15+1024*2
set @@transaction_alloc_block_size=1024*21-1024*1
SELECT * FROM information_schema.session_variables\nWHERE variable_name IN ('range_alloc_block_size',\n'query_alloc_block_size', 'query_prealloc_size',\n'transaction_alloc_block_size', 'transaction_prealloc_size') ORDER BY 1
set @@range_alloc_block_size=1024*16+1023
set @@range_alloc_block_size=default
set @@query_alloc_block_size=default, @@query_prealloc_size=default
SELECT @@version_compile_os LIKE 'non-existent'
set unknown_variable=1
set myisam_max_sort_file_size=100
set long_query_time=0.000001
set net_read_timeout=100
set global server_id=100
set global slow_launch_time=100
set wait_timeout=100
set @save_insert_id=@@session.insert_id
select max(a) +1, max(a) +2 into @xx,@yy from t1
select @@session.key_buffer_size
set global ft_boolean_syntax = @@init_connect
select @@global.max_user_connections,@@local.max_join_size
set @tstlw = @@log_warnings
set lc_time_names=concat('de','_','DE')
set @@lc_time_names=1+2
set @@global.lc_time_names=fr_FR
select @@query_prealloc_size = @test
select @@max_heap_table_size > 0
set character_set_filesystem=default
show variables like 'basedir'
select * from information_schema.session_variables where variable_name like 'datadir'
show variables like 'log_queries_not_using_indexes'
select @@""
select @@@
show variables like 'hostname'
set global myisam_max_sort_file_size =@my_myisam_max_sort_file_size
SHOW VARIABLES like 'ft_min_word_len'
SELECT @@session.ft_min_word_len
SET @@session.ft_stopword_file= 'x'
SET @@global.back_log= 7
SELECT @@session.large_files_support
SET @@global.lc_messages_dir= 'x'
SHOW VARIABLES like 'log_bin'
SELECT @@global.log_bin
SET @@session.log_bin= true
SHOW VARIABLES like 'plugin_dir'
SHOW VARIABLES like 'port'
SELECT @@global.protocol_version
SET @@session.protocol_version= 7
SHOW VARIABLES like 'skip_external_locking'
SET @@global.skip_external_locking= true
SELECT @@global.skip_show_database
SET @@global.skip_show_database= true
SHOW VARIABLES like 'thread_stack'
SELECT @@global.expire_logs_days INTO @old_eld
SET GLOBAL server_id = -1
SET @kbs=@@global.key_buffer_size
SET @@global.key_cache_block_size=0
SET @@sql_notes = OF
SELECT @@delay_key_write
SET @@sql_safe_updates = OFF
SET @@sql_buffer_result = @sql_buffer_result_saved
SET @@sql_quote_show_create = @sql_quote_show_create_saved
drop function if exists t1_min
create function t1_max() returns int return (select max(a) from t1)
set session character_set_results = 4096
explain extended select @@SESsion.SQL_mode from dual where rand() > @@sesSION.sql_MODE
explain extended select @@FOObar.KEY_BUFfer_size from dual where rand() > @@fooBAR.key_bufFER_SIZE
create view v1 (c,d) as select a,b from t1\n  where a = @@global.max_user_connections
select b from v1
create view v3 (c) as select c+1 from v1
create view v1 as select a from t1 WITH CHECK OPTION
drop view v3 RESTRICT
select test.c from v1 test
select test.c from v2 test
insert into t1 values (10,2), (20,3), (30,4), (40,5), (50,10)
update v1 set c=a+c
update v1 set a=a+c
create view v1 (c) as select b from t1 where a<3
delete v2 from t2,v2 where t2.x=v2.a
update v1 set x=x+1
set updatable_views_with_limit=DEFAULT
insert into v4 values (-60,4,30)
insert into v1 (z,y,x) select a+20,b+2,-100 from t2
create view v1 (x) as select b from t1
insert into t1 (b) values (2)
insert into v1 values('a','aa')
PREPARE stmt FROM 'insert into v1 (a) values (?)'
CREATE VIEW `v 1` AS select 5 AS `5`
create view v1 as select count(tg_column) as vg_column from t1
drop function `f``1`
create function a() returns int return 5
create view v1 as select a()
create table t2 (col1 char collate latin1_german2_ci)
select c from v1 where exists (select * from t1 where a=2 and b=c)
create view v1 as select 5 into outfile 'ttt'
create view v3 as select v2.col1 from v2,t2 where v2.col1 = t2.col1
insert into v2 values ((select max(col1) from t1))
insert into v2 values ((select max(col1) from v2))
insert into v3 (col1) values ((select CONVERT_TZ('20050101000000','UTC','MET') from v2 LIMIT 1))
insert into t1 (col1) values ((select max(col1) from v4))
create view v1 as select s1 collate latin1_german1_ci as s1 from t1
prepare stmt1 from "update v1,t1 set v1.s1=? where t1.s1=v1.s1"
insert ignore into v1 values (2),(3),(0)
insert into v1 SELECT 1
update v1,t2 set v1.a=v1.a-1 where v1.a=t2.a
update v1 set a=a+1
alter algorithm=merge view v1 as select * from t1 with cascaded check option
load data infile '../../std_data/loaddata3.dat' ignore into table v1 fields terminated by '' enclosed by '' ignore 1 lines
load data infile '../../std_data/loaddata2.dat' into table v1 fields terminated by ',' enclosed by ''''
create table t1 (s1 smallint)
create view v3 as select * from t1 where 20 < (select (s1) from v2)
check table v1
insert into t2 values (1), (3)
create view v2 (a) as select a from t2
select * from t3 left join v4 on (t3.a = v4.a)
explain extended select * from t3 left join v4 on (t3.a = v4.a)
insert into t1 values (1,100), (2,200)
update v2 set a= 10 where a=200 limit 1
drop view v3,v2
SELECT c1 FROM t1 WHERE c1 IN (SELECT c2 FROM t2)
CREATE TABLE t1 (col1 int PRIMARY KEY, col2 varchar(10))
INSERT INTO t1 VALUES(3,'sanja')
INSERT INTO t1 VALUES(6,'kent')
INSERT INTO t2 VALUES (3,1,'n')
SELECT a.col1,a.col2,b.col2,b.col3\n  FROM v2 b RIGHT JOIN v1 a ON a.col1=b.col1\n    WHERE b.col2 IS NULL OR\n          b.col2=(SELECT MAX(col2) FROM v2 b WHERE b.col1=a.col1)
SELECT a.col1,a.col2,b.col2,b.col3\n  FROM v2 b RIGHT JOIN v1 a ON a.col1=b.col1\n    WHERE a.col1 IN (1,5,9) AND\n         (b.col2 IS NULL OR\n          b.col2=(SELECT MAX(col2) FROM v2 b WHERE b.col1=a.col1))
INSERT INTO t2 VALUES (4), (2)
insert into t3 select * from v1 order by 1
create view v1 as select 's1', s1, 1 as My_exp_s1 from t1
create view v1 as select a,b,t1.a < now() from t1,t2 where t1.a < now()
CREATE VIEW v1 AS SELECT * FROM t1 WHERE a = VERSION()
CREATE VIEW v1 AS SELECT * FROM t1 WHERE a = DATABASE()
CREATE TABLE t1 (col1 time)
CREATE VIEW v6 AS SELECT CONVERT_TZ(col1,'GMT','MET') FROM t2
drop view v1, v2, v3, v4, v5, v6
CREATE VIEW v6 AS SELECT f2() FROM t3
select * from v1 where '2005.02.02'=f1
create view v1 as select f59, f60 from t1 where f59 in\n         (select f59 from t1)
CREATE VIEW v1 (vcol1) AS SELECT col1 FROM t1
INSERT INTO v1 (vcol1) VALUES(12)
INSERT INTO v2 (vcol1) VALUES(12)
INSERT  INTO t1 VALUES (1,2)
CREATE VIEW  v1 AS SELECT * FROM t1
create view v1 as select f1, subtime(f1, '1:1:1') as sb from t1
INSERT INTO t2 values (1,1), (2,1), (2,2)
CREATE VIEW v1 AS SELECT id, f FROM t1 WHERE id <= 2
create view v1 as select strcmp(f1,'a') from t1
SELECT DAYNAME(date) FROM t1
SELECT t1.a FROM t1 GROUP BY t1.a HAVING t1.a > 1
SELECT v1.a FROM v1 GROUP BY v1.a HAVING v1.a > 1
CREATE VIEW v2 AS SELECT t3.* FROM t1,t3 WHERE t1.a=t3.a
create view v1 as\nselect t1.x\nfrom (\n  (t1 join t2 on ((t1.y = t2.y)))\n  join\n  (t3 left join t4 on (t3.y = t4.y) and (t3.z = t4.z))\n)
REPAIR TABLE v1
create table t1 (id INT, primary key(id))
select f1, sum(f2) from t1 group by f1
insert into t1 (id, warehouse_id) values(4, 2)
EXPLAIN SELECT MAX(a) FROM t1
SELECT IF(x IS NULL, 'blank', 'not blank') AS x FROM v1
SELECT IF(x IS NULL, 'blank', 'not blank') AS y FROM v1 GROUP BY y
create view v1 as select ta.f1 as a, tb.f1 as b from t1 ta, t1 tb where ta.f1=tb\n.f1 and ta.f2=tb.f2
create view v1 as select * from t1 where convert_tz(dt, 'UTC', 'Europe/Moscow') >= 20050101000000
create view v2 as select convert_tz(dt, 'UTC', 'Europe/Moscow') as ldt from v1
CREATE VIEW v2 AS SELECT MIN(i) FROM t1 WHERE j = ( SELECT * FROM v1 )
CREATE TABLE t1 (id int NOT NULL PRIMARY KEY, a char(6) DEFAULT 'xxx')
INSERT INTO t2(m) VALUES (0)
CREATE VIEW v1 AS SELECT a, b FROM t1
INSERT IGNORE INTO v1 (b) VALUES (2)
SET SQL_MODE = STRICT_ALL_TABLES
CREATE VIEW v1 AS SELECT TRIM(LEADING 'y' FROM s) FROM t1
CREATE ALGORITHM=TEMPTABLE SQL SECURITY INVOKER VIEW v1 AS SELECT x FROM t1
DROP VIEW t1,v1
USE bug21261DB
GRANT SELECT ON t1 TO 'user21261'@'localhost'
DROP USER 'user21261'@'localhost'
CREATE TABLE t1 (s1 int)
insert into v1 values (1,1)
INSERT INTO v1 (val) VALUES (2)
INSERT INTO v1 (val) VALUES (6)
CREATE TABLE t1 (i INT AUTO_INCREMENT PRIMARY KEY, j INT)
INSERT INTO t1 (j) VALUES (1)
describe view_24532_b
CREATE VIEW v1 AS\nSELECT DISTINCT t2.gid AS lgid,\n                (SELECT t1.name FROM t1, t2\n                   WHERE t1.lid  = t2.lid AND t2.gid = lgid\n                     ORDER BY t2.dt DESC LIMIT 1\n                ) as clid\n  FROM t2
CREATE TABLE t1 (a1 INT, c INT DEFAULT 0)
INSERT INTO t1 (a1) VALUES (1),(2)
EXPLAIN SELECT b, SUM(a) FROM v1 WHERE b=3 GROUP BY b
SELECT a, SUM(b) FROM v1 WHERE a=1 GROUP BY a
CREATE TABLE t2 (\n  person_role_id int NOT NULL auto_increment PRIMARY KEY,\n  role_id int NOT NULL,\n  person_id int NOT NULL,\n  INDEX idx_person_id (person_id),\n  INDEX idx_role_id (role_id)\n)
SELECT * FROM v1 IGNORE KEY(non_existant)
CREATE TABLE t1 (a INT NOT NULL AUTO_INCREMENT, b INT NOT NULL DEFAULT 0,\n                 PRIMARY KEY(a), KEY (b))
INSERT INTO t1 VALUES (),(),(),(),(),(),(),(),(),(),(),(),(),(),()
EXPLAIN SELECT * FROM v3
CREATE VIEW v1 AS SELECT 1 FROM DUAL WHERE 1
SHOW INDEX FROM v1
REPLACE INTO v1(a) SELECT 1 FROM t1,t1 AS c
INSERT INTO v2(a) SELECT 1 FROM t1,t1 AS c\nON DUPLICATE KEY UPDATE `v2`.`a`= 1
CREATE DATABASE `d-1`
ALTER TABLE t1 ADD COLUMN c3 INT AFTER c2
ALTER TABLE v1
CREATE FUNCTION f1() RETURNS INT\nBEGIN\n  SELECT a FROM v2 INTO @a;\n  RETURN @a;\nEND
CREATE VIEW v1 AS SELECT f1() FROM t1
CREATE TABLE t2 ( f3 int NOT NULL )
REPLACE v1 SET a = 10
DELETE from v1
DELETE from v1 where a=11
INSERT INTO t3 VALUES (1,2), (3,4)
insert into t1 values (2,4), (1,3)
select * from t1,t2 where t2.c=t1.a and t2.c < 3 or t2.c=t1.b and t2.c >=4
EXPLAIN EXTENDED\nSELECT * FROM v1 WHERE a > -1 OR a AND a = 0
SELECT * FROM t1 WHERE a > 'JJ' OR a <> 0 AND a = 'VV'
SELECT * FROM t1,v2 \n  WHERE v2.a = t1.a AND v2.a = 2 AND v2.a IS NULL AND t1.a != 0
EXPLAIN\nSELECT * FROM t1,v2 \n  WHERE v2.a = t1.a AND v2.a = 2 AND v2.a+1 > 2 AND t1.a != 0
CREATE ALGORITHM = MERGE VIEW v2 AS SELECT * FROM v1
EXPLAIN EXTENDED\nSELECT * FROM v1 LEFT JOIN t2 ON t2.a = v1.a \n  WHERE v1.b = 1 OR v1.a = 'a' AND LENGTH(v1.a) >= v1.b
EXPLAIN EXTENDED\nSELECT v1.f4 FROM v1 \n  WHERE f1<>0 OR f2<>0 AND f4='v' AND (f2<>0 OR f3<>0 AND f5<>0 OR f4 LIKE '%b%')
CREATE ALGORITHM=MERGE VIEW v1 AS \n  SELECT t1.a, t2.b FROM (t2 LEFT JOIN t1 ON t2.b > t1.a) WHERE t1.b <= 0
CREATE ALGORITHM=TEMPTABLE VIEW v1 AS SELECT f1 FROM t1
SELECT * FROM t1, t2\n  WHERE t2.a NOT IN (SELECT t3.b FROM t3 RIGHT JOIN t4 ON (t4.a = t3.a)\n                       WHERE t4.a >= t1.a)
EXPLAIN EXTENDED\nSELECT * FROM v1, t2\n  WHERE t2.a NOT IN (SELECT t3.b FROM t3 RIGHT JOIN t4 ON (t4.a = t3.a)\n                       WHERE t4.a >= v1.a)
SELECT * FROM t3 , t4 \n  WHERE t4.c <= (SELECT t2.e FROM t2 LEFT JOIN t1 ON ( t1.a = t2.d )\n                   WHERE t2.b > t4.b)
ALTER VIEW t1 AS SELECT 1 AS f1
CREATE TEMPORARY TABLE v1 (id INT)
ALTER VIEW v1 AS SELECT 2 AS f1
CREATE VIEW v1 AS (SELECT '' FROM DUAL)
SHOW CREATE VIEW v4
CREATE VIEW v2 (fld1, fld2) AS\n  SELECT 1 AS a, 2 AS a\n    UNION ALL\n  SELECT 1 AS a, 1 AS a
CREATE ALGORITHM=TEMPTABLE VIEW v1\n  AS SELECT * FROM t1
SELECT\n`Derived1`.`id`,\n`Derived2`.`Val1`\nFROM (select 30631 as `id`) AS `Derived1` LEFT OUTER JOIN (SELECT\n2 as `id`,\n1 AS `Val1`\nFROM (select 30631 as `id`) AS `Derived3`) AS `Derived2` ON `Derived1`.`id` = `Derived2`.`id`
insert into t1 values (30631)
SET @save_optimizer_switch_MDEV_3914=@@optimizer_switch
SET optimizer_switch=@save_optimizer_switch_MDEV_3914
CREATE ALGORITHM=MERGE VIEW v1 AS SELECT a1.f1, a2.f2 FROM t1 AS a1, t1 AS a2
CREATE ALGORITHM=MERGE VIEW v4 AS SELECT * FROM v3
INSERT INTO v3 (f1, f2) VALUES (1, 2)
SELECT * FROM (  \n  SELECT * FROM t2 LEFT JOIN t1 ON f1 = f2\n) AS alias
CREATE OR REPLACE ALGORITHM=MERGE VIEW v1 AS SELECT * FROM t2
CREATE TABLE t1 (state VARCHAR(32), INDEX(state))
CREATE TABLE t2 (state VARCHAR(32))
INSERT INTO t2 VALUES ('Hawaii'),('Oregon'),('Vermont')
INSERT INTO t2 VALUES ('foobar'),('qux')
INSERT INTO t1 VALUES (30,300),(40,400)
INSERT INTO v1 SET test = DEFAULT
insert into t1 values (1, 'test1')
create table t2 (id2 int primary key, val2 varchar(20))
CREATE ALGORITHM=MERGE VIEW v1 AS SELECT  \n( SELECT a FROM t1 WHERE ( 1, 1 ) IN ( \nSELECT b, c FROM t2, t3 HAVING c > 2 ) ) AS field1, \nb + c AS field2 \nFROM t2, t3 AS table1\nGROUP BY field1, field2 ORDER BY field1
CREATE TABLE `t2` (\n  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `f02` bigint(20) unsigned NOT NULL DEFAULT '0',\n  `f03` int(11) unsigned NOT NULL DEFAULT '0',\n  PRIMARY KEY (`id`),\n  UNIQUE KEY `id` (`id`)\n)
CREATE FUNCTION `f1`(\n        p0 BIGINT(20) UNSIGNED\n    )\n    RETURNS bigint(20) unsigned\n    DETERMINISTIC\n    CONTAINS SQL\n    SQL SECURITY DEFINER\n    COMMENT ''\nBEGIN\n\nDECLARE k0 INTEGER UNSIGNED DEFAULT 0;\nDECLARE lResult INTEGER UNSIGNED DEFAULT 0;\n\n SET k0 = 0;\n WHILE k0 < 1 DO\n    SELECT COUNT(*) as `f00` INTO lResult  FROM `v1` WHERE `v1`.`f0` = p0; -- BUG\n   SET k0 = k0 + 1;\n END WHILE;\n\n  RETURN(k0);\nEND
CREATE TABLE `t1` (`id` bigint(20))
CREATE TABLE `t3` (`id` bigint(20), `flag` tinyint(4))
PREPARE stmt FROM 'UPDATE t1, t2 SET a = 1 WHERE a IN ( SELECT 0 FROM t3 )'
create view v1 as select a+b from t1
CREATE TABLE t1 (c1 CHAR(13))
create table t1 (a int, b int, key(a)) engine=myisam
explain extended\nselect *\n  from t1 left join ( t2 left join t3 on t3.e=t2.d )\n       on t2.c=t1.b and t3.f=t1.a and t3.f is not null\n    where t1.a < 5
CREATE VIEW v1 AS SELECT GROUP_CONCAT(str  SEPARATOR  '\\\\') FROM t1
CREATE TABLE IF NOT EXISTS t9 (f9 INT)
CREATE TABLE IF NOT EXISTS t35 (f35 INT)
CREATE TABLE IF NOT EXISTS t49 (f49 INT)
select * from t1, v1 where t1.a=v1.a
insert into t2 values (11),(12)
INSERT INTO `t3` VALUES (1,1,'',0,0,'strArtist1')
SELECT sq.f2 AS f1, sq.f1 AS f2\nFROM ( SELECT field AS f1, 1 AS f2 FROM t1) AS sq\nORDER BY sq.f1
CREATE VIEW v1 AS SELECT\n     use_case as use_case_id,\n     (\n          SELECT \n               deadline_sub.current_deadline\n          FROM \n               t1 deadline_sub\n          WHERE \n               deadline_sub.use_case = use_case_id\n               AND ts_create = (SELECT \n                                        MIN(ts_create)\n                                   FROM \n                                        t1 startdate_sub\n                                   WHERE \n                                        startdate_sub.use_case = use_case_id\n                )\n     ) AS InitialDeadline\nFROM \n     t1
PREPARE prepared_no_database FROM "SELECT DATABASE() = 'temporary_two'"
CREATE DATABASE temporary_two
CREATE TABLE t1 (a varchar(10) character set cp1251 collate cp1251_ukrainian_ci, KEY (a))
SELECT * FROM t1 WHERE a <> 0 AND a = ' 1'
SELECT * FROM v1 WHERE a=_latin1'a' COLLATE latin1_bin
CREATE VIEW v1 AS\nSELECT 3 AS three, COUNT(*) FROM t1 GROUP BY three
create table t1 (t1col1 int, t1col2 int,t1col3 int )
create view v1 as\nselect t1col1,t1col2,t1col3 from t1\nunion all\nselect t2col1,t2col2,t2col3 from t2\norder by 2,3
CREATE VIEW v1 AS SELECT 1 AS a UNION (SELECT a FROM t1)
CREATE VIEW v1 AS SELECT 1 AS a UNION (SELECT a FROM t1 LIMIT 1)
CREATE TABLE t2 AS\nSELECT code, COUNT(DISTINCT country), MAX(id) FROM t1 GROUP BY code ORDER BY MAX(id)
CREATE VIEW v2 AS SELECT * FROM (SELECT s1 FROM t1 WHERE s1<3) AS x
select * from v1 left join v2 on (v1.s1=v2.s1)
select * from v1 left join t1 on (v1.s1=t1.s1)
CREATE VIEW v1 AS SELECT * FROM (SELECT s1 FROM (SELECT s1 FROM t1 WHERE s1\n< 100) as xx WHERE s1>1) AS x
update v1 set s1=s1+1
insert into v1 (s1) values (-300)
CREATE PROCEDURE sp1() UPDATE v1 SET a = 8, b = 9
set @tdc= @@table_definition_cache, @tc= @@table_open_cache
create table tt (a int, primary key(a)) engine=MyISAM
SELECT v.id, v.foo AS bar  FROM v1 v\n  GROUP BY v.id
create view v as\n  select * from t1 left join t2 on t1.a=t2.b and t1.a in (select d from t3)
CREATE VIEW v1 AS  SELECT id, IFNULL(foo,'') AS foo FROM t1 LOCK IN SHARE MODE
CREATE VIEW v4 AS  SELECT id, IFNULL(foo,'') AS foo FROM t1 FOR UPDATE SKIP LOCKED
CREATE FUNCTION f() RETURNS INT RETURN (SELECT 1 FROM t)
CREATE TABLE t (a INT default 1)
DROP VIEW view1
CREATE TABLE table1 (x INT, y INT)
create view v1 as select interval(55,10) as my_col
CREATE ALGORITHM = TEMPTABLE VIEW v2 AS SELECT 3 FROM v1
SET DEBUG_SYNC= 'now WAIT_FOR oppp'
revoke create view on test.* from test@localhost
grant select (c) on mysqltest.v1 to mysqltest_1@localhost
select d from mysqltest.v1
create view mysqltest.v5 (c,d) as select a+1,b+1 from mysqltest.t1
explain select c from mysqltest.v4
show create view mysqltest.v5
create table mysqltest.t1 (a int, b int, primary key(a))
update t2,v2 set v2.a=v2.a+v2.c where t2.x=v2.c
update t2,v2 set v2.c=v2.a+v2.c where t2.x=v2.c
delete v2 from t2,v2 where t2.x=v2.c
create view mysqltest.v1 (a,c) as select a, b from mysqltest.t1
insert into v1 values (5,6)
insert into v2 select x,y from t2
create table mysqltest.v3 (b int)
grant create view,update,select on test.* to mysqltest_1@localhost
grant update,select(b) on mysqltest.t2 to mysqltest_1@localhost
drop view v1,v2,v4
revoke select on mysqltest.t1 from mysqltest_1@localhost
create SQL SECURITY INVOKER view v5 as select * from v4
grant select on v3 to mysqltest_1@localhost
create view v5 as select * from v1
revoke select on t1 from mysqltest_1@localhost
create user 'test14256'@'%'
create definer=`test14256`@`%` view v1 as select 42
CREATE USER readonly@localhost
INSERT INTO mysqltest1.t1 VALUES (1), (2)
CREATE SQL SECURITY INVOKER VIEW mysqltest1.v_t1 AS SELECT * FROM mysqltest1.t1
CREATE SQL SECURITY DEFINER VIEW mysqltest1.v_tu AS SELECT * FROM mysqltest1.t1
CREATE SQL SECURITY DEFINER VIEW mysqltest1.v_td AS SELECT * FROM mysqltest1.t1
CREATE SQL SECURITY DEFINER VIEW mysqltest1.v_tds AS SELECT * FROM mysqltest1.t1
SELECT * FROM mysqltest1.v_ti
INSERT INTO mysqltest1.v_ti VALUES (100)
DROP VIEW mysqltest1.v_tus
DROP TABLE mysqltest1.t1
CREATE VIEW view2 AS\nSELECT * FROM view1
SELECT * from view3
DROP SCHEMA mysqltest_db1
CREATE TABLE test2.t1 (a VARCHAR(20))
DROP TABLE test2.t1, test1.t0
CREATE SQL SECURITY DEFINER VIEW v3 AS SELECT f2() AS cu
GRANT ALL ON test.* TO mysqltest_u1@localhost
CALL p1(@cu)
SELECT cu = 'root@localhost' FROM v2
USE db17254
CREATE USER mysqltest_u2@localhost
GRANT ALL ON mysqltest_db1.* TO mysqltest_u1@localhost WITH GRANT OPTION
INSERT INTO t2 VALUES ('public')
SELECT * FROM mysqltest_db1.v1, mysqltest_db1.t2
REVOKE SELECT ON t2 FROM mysqltest_u2@localhost
ALTER VIEW v1 AS SELECT f2 FROM t1
ALTER VIEW v3 AS SELECT f2 FROM t1
CREATE DATABASE mysqltest_29908
GRANT SELECT, DROP, CREATE VIEW, SHOW VIEW ON mysqltest_29908.v2 TO u29908_2@localhost
DROP USER u29908_1@localhost
DROP DATABASE mysqltest_29908
CREATE VIEW v4 AS SELECT * FROM mysqltest1.t4
CREATE VIEW v31 AS SELECT c3, c1 FROM mysqltest1.t3, mysqltest1.t1
CREATE VIEW v42 AS SELECT c4, c2 FROM mysqltest1.t4, mysqltest1.t2
REVOKE SELECT (f1) ON db1.t1 FROM foo
REVOKE SELECT (f1) ON db1.v1 FROM foo
create user bob@localhost
create user karl@localhost
grant select            on mysqltest1.t1 to jamie@localhost
grant select            on mysqltest1.t2 to pjotr@localhost
# fail; no SELECT on v1!\nexplain select * from v2
drop user fiona@localhost
drop user jamie@localhost
drop user karl@localhost
drop user olga@localhost
drop user pjotr@localhost
GRANT SELECT( a ) ON v1 TO mysqluser1@localhost
PREPARE stmt_v1     FROM "SELECT * FROM mysqltest1.v1"
EXECUTE stmt_v2
GRANT SELECT (a, b) ON TABLE    t2 TO mysqluser1@localhost
CREATE VIEW v_v1 AS SELECT * FROM v1
GRANT SELECT, SHOW VIEW ON v_t2 TO mysqluser1@localhost
SHOW CREATE VIEW v_mysqluser1_t2
REVOKE SELECT (a) ON TABLE    t2 FROM mysqluser1@localhost
REVOKE SHOW VIEW ON v_t1 FROM mysqluser1@localhost
CREATE DEFINER = no_such_user@no_such_host VIEW v1 AS SELECT * FROM t1
CREATE SQL SECURITY INVOKER VIEW v1_uses_t1 AS SELECT * FROM t1
GRANT SELECT ON t2 TO 'mysqluser1'@'%'
GRANT SELECT ON v1_uses_t1 TO 'mysqluser1'@'%'
CREATE SQL SECURITY INVOKER VIEW v2_uses_t2 AS SELECT * FROM v1_uses_t2
create table t11 (id int primary key)
insert into t11 values (1)
create algorithm=merge view v1_merge as select * from t1
create algorithm=temptable view v11_temp as\n  select t1.id as id, t1.val as val from t1, t11 where t1.id= t11.id
create table t21 (id int primary key)
insert into t21 values (1)
create algorithm=merge view v21_merge as\n  select t2.id as id, t2.val as val from t2, t21 where t2.id= t21.id
update mysqltest2.t2 as t2, mysqltest1.v1_merge as v1 set t2.val= 'test3'\n  where t2.id= v1.id
update mysqltest2.t2 as t2, mysqltest1.v11_temp as v11 set t2.val= 'test10'\n  where t2.id= v11.id
update mysqltest1.t1 as t1, mysqltest2.v21_temp as v21 set v21.val= 'test14'\n  where t1.id= v21.id
GRANT SELECT ON test.* TO FOO
CREATE DEFINER=foo SQL SECURITY INVOKER VIEW v1 AS SELECT 1 AS c1
DROP USER FOO
create sql security definer view vdn as select nextval(s)
create sql security definer view vds as select setval(s,30)
grant select on db.vil to u@localhost
select setval(s,10)
GRANT SELECT on test.* to foo@localhost
SELECT * FROM foo.v
SELECT 3
set @@wait_timeout=1
drop database if exists not_exists_db
SET STATEMENT sql_mode = 'NO_ENGINE_SUBSTITUTION' FOR\nalter table t1 modify c char(4)
alter table t1 add d char(2)
update ignore t1 set d=c
set max_error_count=65535
show warnings limit 9, 1
CREATE TABLE t3( f1 CHAR(20), f2 CHAR(25), f3 DATE )
INSERT INTO t1 VALUES ( 'a`' )
insert into t1 values(@c, @c, @c)
select\n  pk, c,\n  count(*) over (partition by c order by pk\n                 rows between current row and 1 following) as CNT\nfrom t1
select\n  pk, c,\n  count(*) over w3 as CNT\nfrom t1\nwindow\n  w1 as (partition by c),\n  w2 as (w1 order by pk),\n  w3 as (w2 rows between 2 preceding and 2 following)
select\n  pk, c\nfrom t1 where rank() over w1 > 2\nwindow w1 as (partition by c order by pk)
select\n  c, max(pk) as m\nfrom t1\n  group by c + rank() over w1\nwindow w1 as (order by m)
select\n  c, max(pk) as m, rank() over w1 as r, dense_rank() over w2 as dr\nfrom t1\n  group by c\nwindow w1 as (order by m), w2 as (partition by r order by m)
select\n  pk, c,\n  row_number() over (partition by c order by pk\n                     range between unbounded preceding and current row) as r\nfrom t1
select\n  pk, c,\n  dense_rank() over (partition by c) as r\nfrom t1
select pk, a, b,\nbit_or(b) over (partition by a order by pk ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) as bit_or\nfrom t1
insert into t2 values\n( 1, 0, 1),\n( 2, 0, 2),\n( 3, 0, 4),\n( 4, 0, 8),\n( 5, 1, 16),\n( 6, 1, 32),\n( 7, 1, 64),\n( 8, 1, 128),\n( 9, 2, 256),\n(10, 2, 512),\n(11, 2, 1024),\n(12, 2, 2048)
select\n  pk, a,\n  count(a) over (ORDER BY a\n                 RANGE BETWEEN UNBOUNDED PRECEDING\n                 AND 1 FOLLOWING) as cnt\nfrom t1
insert into t1 select 22, pk, a from t1
create table t1 (\n  col1 int,\n  a decimal(5,3)\n)
insert into t1 values (1, 0.45)
insert into t1 values (6, 12 ,1)
select\n  pk, c,\n  sum(c) over (partition by c\n                 order by pk\n                 rows between 1 preceding\n                          and 2 preceding)\n                as sum\nfrom t1
insert into t1 values (2,2,'bar')
select\n  count(*) over (order by a\n                 range between current row and 'foo' following) as count\nfrom t1
insert into t1 values\n(101 , 0, 10, 1),\n(102 , 0, 10, 2),\n(103 , 1, 10, 3),\n(104 , 1, 10, 4),\n(108 , 2, 10, 5),\n(105 , 2, 20, 6),\n(106 , 2, 20, 7),\n(107 , 2, 20, 8),\n(109 , 4, 20, 9),\n(110 , 4, 20, 10),\n(111 , 5, NULL, 11),\n(112 , 5, 1, 12),\n(113 , 5, NULL, 13),\n(114 , 5, NULL, 14),\n(115 , 5, NULL, 15),\n(116 , 6, 1, NULL),\n(117 , 6, 1, 10),\n(118 , 6, 1, 1),\n(119 , 6, 1, NULL),\n(120 , 6, 1, NULL),\n(121 , 6, 1, NULL),\n(122 , 6, 1, 2),\n(123 , 6, 1, 20),\n(124 , 6, 1, -10),\n(125 , 6, 1, NULL),\n(126 , 6, 1, NULL),\n(127 , 6, 1, NULL)
insert into t1 values (2,'b')
select\n  pk, a,\n  sum(a) over (order by pk rows between 0 preceding and current row) as sum\nfrom t1
select\n  part_id, pk, a,\n  sum(a) over (partition by part_id order by pk rows between 1 preceding and 0 preceding) as sum\nfrom t1
create table t1 (part_id int, a int)
insert into t1 values\n(100, 1),\n(100, 2),\n(100, 2),\n(100, 3),\n(2000, 1),\n(2000, 2),\n(2000, 3),\n(2000, 3),\n(2000, 3)
explain format=json\nselect distinct rank() over (partition by part_id order by a) as rank from t1
INSERT INTO `orders` VALUES (59908,242)
SELECT o_custkey, avg(o_custkey) OVER (PARTITION BY abs(o_custkey)\n                                       ORDER BY o_custkey\n                                       RANGE BETWEEN 15 FOLLOWING\n                                                 AND 15 FOLLOWING) as avg from orders
SELECT (CASE WHEN sum(t.a) over (partition by t.b)=0 THEN null ELSE null END) AS a FROM t
SELECT COUNT(*) OVER (PARTITION BY c) FROM t2
select username, sum(amount), avg(sum(amount)) over (order by sum(amount) desc)\n  from t1\ngroup by username
select rank() over (order by 2) from t1
select rank() over (partition by id order by 2) from t1
select sum(5) over ()
select row_number() over (order by 2)
select b, min(i) over (partition by b) as f \n  from (select * from t1) as tt\norder by i
select b, max(i) over (partition by b) as f \n  from t1 as tt\norder by i
select max(i), max(i), sum(i), count(i)\n  from (select i+10 as i, b from t1) as tt\ngroup by b
select max(a), sum(max(a)) over () from t1 where a > 10
SELECT MAX(a), ROW_NUMBER() OVER (PARTITION BY MAX(a)) FROM t1\nWHERE EXISTS ( SELECT * FROM t2 WHERE c IN ( SELECT MAX(d) FROM t3 ) )\nHAVING MAX(a) IS NOT NULL
create table empsalary (depname varchar(32), empno smallint primary key, salary int)
SELECT depname, empno, salary, avg(salary) OVER (PARTITION BY depname) FROM empsalary
select VDEC.CDEC, min(distinct VDEC.CDEC) over () from VDEC
drop table TDEC
select i, rank() over (order by i) rnk from t1 group by 1+2
select q.name, q.row_cnt, \n       round( 100 * ( q.row_cnt /\n                      sum(q.row_cnt) over\n                        ( \n                          order by q.name \n                          rows between\n                            unbounded preceding and\n                            unbounded following\n                        )\n                    ),2\n            ) pct_of_total\nfrom \n( \n  select name, count(*) row_cnt, sum(cnt) sum_cnt \n  from t1 \n  group by 1\n) q
insert into t1 values (1), (2), (3), (2), (4), (2)
select sum(max(id)) over (order by max(id)) from t1
create index idx on t1(id)
insert into t1 values (null),(1),(2)
select max(i) over (order by i),\n       max(i) over (order by i) is null,\n       max(i) over (order by i) is not null\nfrom t1
INSERT IGNORE INTO t1 VALUES ('foo')
SELECT a XOR LEAD(a) OVER (ORDER BY a) AS a_xor_lead_order\nFROM t1\nORDER BY a
CREATE TABLE t1(i int)
CREATE TABLE t1 (name CHAR(10), test CHAR(10), score TINYINT)
SELECT * FROM (\n  SELECT\n    ROW_NUMBER() OVER(), i, sum(i)\n    FROM t1\n    WHERE 1=0\n    limit 0\n) AS sq
explain\nSELECT DISTINCT BIT_OR(100) OVER () FROM dual\nGROUP BY LEFT('2018-08-24', 100)\nHAVING @A := 'qwerty'
SELECT DISTINCT BIT_OR(100) OVER () FROM dual\nGROUP BY LEFT('2018-08-24', 100)\nHAVING @A := 'qwerty'
explain\nSELECT DISTINCT BIT_OR(100) OVER () FROM t1\nGROUP BY LEFT('2018-08-24', 100) having 1=1 limit 0
CREATE TABLE t1 ( t1_id int, point_id int, ml_id int,  UNIQUE KEY t1_ml_u (ml_id,point_id))
INSERT INTO t1 VALUES (1,1,8884),(2,1,8885)
INSERT INTO t1 VALUES  ('2'),('1')
SELECT  rank() OVER (ORDER BY 1), ROW_NUMBER() OVER (ORDER BY (EXPORT_SET(5,'Y','N',',',4))) FROM t1
explain\nSELECT b1 from t1 order by row_number() over (ORDER BY b2) + 1
explain\nSELECT * FROM t1 ORDER BY max(t1.a) over (partition by c)
select b, dense_rank() over (order by sum(a)) from t1 group by  b
select b, dense_rank() over (order by sum(a)+1) from t1 group by  b
select b, row_number() over (partition by sum(a)+1) from t1 group by b
explain\nselect max(n1) over (partition by 'abc') from t1
SELECT (SELECT MIN('foo') OVER() FROM t1 LIMIT 1) as x
SELECT row_number() over(), sum(1) FROM t1
SELECT row_number() over(), sum(1) FROM t1 where a=1 having 1=0
SELECT row_number() over(), sum(a) FROM t1 where a=2
SELECT MAX(1) OVER (), COUNT(a), abs(a)  FROM t1 WHERE FALSE
call sp5()
call sp6()
drop procedure sp7
CREATE TABLE t1 ( id varchar(10))
SELECT\n  dense_rank() over (ORDER BY avg(1)+3),\n  rank()       over (ORDER BY avg(1))\nFROM t1\nGROUP BY nullif(id, 15532)
INSERT INTO t1 VALUES\n(5, 20, 2,  100),\n(7, 20, 2,  150),\n(9, 20, 1, 200)
SELECT * FROM t1 WHERE (SELECT AVG(3)) > 2
EXECUTE IMMEDIATE "SELECT LEAD(c) OVER (ORDER BY c) FROM (SELECT 1 AS c) AS a NATURAL JOIN (SELECT 1 AS c) AS b;"
CREATE TABLE t2 ( a INT)
INSERT INTO t2 VALUES (4000)
insert into t1 values (5),(6),(0)
select SUM( SUM(i) OVER (order by i) )\nfrom t1
select COUNT(DISTINCT SUM(i) OVER (order by i) )\nfrom t1
select BIT_XOR( SUM(i) OVER (order by i) )\nfrom t1
select SUM( SUM(i) OVER (PARTITION BY i) )\nfrom t1
select i, IF(SUM(IF(i,1,0)) OVER (PARTITION BY i) > 0 AND SUM( IF(i,1,0)) OVER (PARTITION BY i) > 0,1,0) AS if_col\nfrom t1\norder by i
select sum(if_col)\nfrom (select IF(SUM(IF(i,1,0)) OVER (PARTITION BY i) > 0 AND SUM( IF(i,1,0)) OVER (PARTITION BY i) > 0,1,0) AS if_col\n      from t1) tmp
set max_recursive_iterations=200000
select variable_name,\n       case when variable_value > 0 then 'WITH PASSES' else 'NO PASSES' end as result\nfrom information_schema.session_status\nwhere variable_name like 'Sort_merge_passes'
create table t1 (\n  pk int primary key,\n  a int,\n  b int,\n  c char(10),\n  d decimal(10, 3),\n  e real\n)
select pk, row_number() over () from t1
select min(a) over (), max(a) over (), a, row_number() over ()\nfrom t1\nwhere a = 0
select min(a) over () + 1, max(a) over (), row_number() over ()\nfrom t1\nwhere a = 0
select min(a) over () + a, max(a) over (), row_number() over ()\nfrom t1\nwhere a = 1
create view win_view\nas (select a, min(a) over () from t1 where a = 1)
drop view win_view
select pk,\n       first_value(pk) over (order by pk\n                             RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),\n       last_value(pk) over (order by pk\n                            RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),\n       first_value(pk) over (order by pk desc\n                             RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),\n       last_value(pk) over (order by pk desc\n                            RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)\nfrom t1\norder by pk
select pk, a, b, c, d, e,\n       first_value(b) over (partition by a order by pk) as fst_b,\n       last_value(b) over (partition by a order by pk) as lst_b,\n       first_value(c) over (partition by a order by pk) as fst_c,\n       last_value(c) over (partition by a order by pk) as lst_c,\n       first_value(d) over (partition by a order by pk) as fst_d,\n       last_value(d) over (partition by a order by pk) as lst_d,\n       first_value(e) over (partition by a order by pk) as fst_e,\n       last_value(e) over (partition by a order by pk) as lst_e\nfrom t1
INSERT INTO t1 VALUES (1,1,1),(1,2,2),(2,1,1),(2,2,2)
CREATE TABLE t2 AS SELECT a, FIRST_VALUE(b) OVER(), FIRST_VALUE(c) OVER() FROM t1 GROUP BY a
INSERT INTO t1\n    SELECT 10 + (dense_rank() over(order by c1)), "dense_rank_insert" from t1
INSERT INTO t1\n    SELECT 1000 + (percent_rank() over(order by c1)), "percent_rank_insert" from t1
insert into t2 values\n( 1, 0,  1, 'one'),\n( 2, 0,  2, 'two'),\n( 3, 0,  3, 'three'),\n( 4, 1, 20, 'four'),\n( 5, 1, 10, 'five'),\n( 6, 1, 40, 'six'),\n( 7, 1, 30, 'seven'),\n( 8, 4,300, 'eight'),\n( 9, 4,100, 'nine'),\n(10, 4,200, 'ten'),\n(11, 4,200, 'eleven')
select pk, a, b, c,\n       min(b) over (order by pk rows between current row and current row) as min1,\n       max(b) over (order by pk rows between current row and current row) as max1,\n       min(b) over (partition by a order by pk rows between current row and current row) as min2,\n       max(b) over (partition by a order by pk rows between current row and current row) as max2\nfrom t2
select pk, a, b, c,\n       min(b) over (order by pk rows between 0 preceding and 0 preceding) as min1,\n       max(b) over (order by pk rows between 0 preceding and 0 preceding) as max1,\n       min(b) over (partition by a order by pk rows between 0 preceding and 0 preceding) as min2,\n       max(b) over (partition by a order by pk rows between 0 preceding and 0 preceding) as max2\nfrom t2
select pk, a, b, c,\n       min(b) over (order by pk rows between 1 preceding and 1 preceding) as min1,\n       max(b) over (order by pk rows between 1 preceding and 1 preceding) as max1,\n       min(b) over (partition by a order by pk rows between 1 preceding and 1 preceding) as min2,\n       max(b) over (partition by a order by pk rows between 1 preceding and 1 preceding) as max2\nfrom t2
select pk, a, b, c,\n       min(b) over (order by pk rows between 0 preceding and 1 following) as min1,\n       max(b) over (order by pk rows between 0 preceding and 1 following) as max1,\n       min(b) over (partition by a order by pk rows between 0 preceding and 1 following) as min2,\n       max(b) over (partition by a order by pk rows between 0 preceding and 1 following) as max2\nfrom t2
select pk, a, b, c,\n       min(b) over (order by pk range between 3 following and 3 following) as min1,\n       max(b) over (order by pk range between 3 following and 3 following) as max1,\n       min(b) over (partition by a order by pk range between 3 following and 3 following) as min2,\n       max(b) over (partition by a order by pk range between 3 following and 3 following) as max2\nfrom t2
select pk, a, b, c,\n       min(b) over (order by pk range between 2 preceding and 1 following) as min1,\n       max(b) over (order by pk range between 2 preceding and 1 following) as max1,\n       min(b) over (partition by a order by pk range between 2 preceding and 1 following) as min2,\n       max(b) over (partition by a order by pk range between 2 preceding and 1 following) as max2\nfrom t2
select pk, a, b, c,\n       min(b) over (order by pk range between 3 preceding and 0 preceding) as min1,\n       max(b) over (order by pk range between 3 preceding and 0 preceding) as max1,\n       min(b) over (partition by a order by pk range between 3 preceding and 0 preceding) as min2,\n       max(b) over (partition by a order by pk range between 3 preceding and 0 preceding) as max2\nfrom t2
select pk,\n       nth_value(pk, pk) over (order by pk),\n       nth_value(pk / 0.1, pk) over (order by pk)\nfrom t1\norder by pk asc
select pk, a, b, ntile(-1) over (order by a)\nfrom t1
select pk, a, b,\n    ntile(1) over (order by pk)\nfrom t1
select pk, a, b,\n    ntile(5) over (order by pk)\nfrom t1
select pk, a, b,\n    ntile(3) over (partition by b order by pk)\nfrom t1
select pk, a, b,\n    ntile(4) over (partition by b order by pk)\nfrom t1
select pk, a, b,\n    ntile(6) over (partition by b order by pk)\nfrom t1
select pk, a, b,\n    ntile(11) over (partition by b order by pk)\nfrom t1
select pk, a, b,\n    ntile((select 4)) over (partition by b order by pk)\nfrom t1
select pk, a, b,\n    ntile((select a from t1 where pk=13)) over (partition by b order by pk) as ntile\nfrom t1
select row_number() over (partition by 1) x
select nullif(avg(1) over (), 0) order by 1
select row_number() over () x order by x between 1 and (( x = x ) / x) or x = x = 1
select nullif(avg(1) over (partition by -1,1,0,2,3,4,5,6,7,8 order by 1, 1, 1, 1, 1, 1, 1), avg(2) over (partition by -1,1,0,2,3,4,5,6,7,8 order by 1, 1, 1, 1, 1, 1, 1)) x order by 1, 1, 1, 1, 1, 1
select * union select * from t order by c=row_number() over t
select a,\n    percent_rank() over (order by a),\n    cume_dist() over (order by a)\nfrom t1
select a,\n        percent_rank() over (partition by a order by a),\n        cume_dist() over (partition by a order by a)\nfrom t1
select name, percentile_disc(0.5) within group(order by score)  over ()  from t1
select name, percentile_disc(null)  within group(order by score) over (partition by name) from t1
select name,percentile_cont(test) within group(order by score) over (partition by name) from t1
select name, percentile_cont(name) within group(order by score) over (partition by name) from t1
select name, percentile_disc(name) within group(order by score) over (partition by name) from t1
select median(score) over (partition by name), percentile_cont(0.4)  within group(order by score) over (partition by name) as c from t1
select median(score) over (partition by name), percentile_cont(0.7)  within group(order by score) over (partition by name) as c from t1
WITH CTE AS (SELECT MIN(f3) OVER () FROM t1)\nSELECT  MEDIAN(f3) OVER () FROM t1\nORDER BY f1, f2, f3, f4, v1
CREATE OR REPLACE TABLE t1 (name CHAR(30), star_rating TIME)
select *, rank() over (order by s1) as rank,\n          dense_rank() over (order by s1) as dense_rank\nfrom t2\norder by s1, s2
select std(b) over (order by a rows between 1 preceding and 2 preceding) as exp\nfrom t2
select std(b) over (order by a rows between 1 following and 0 preceding) as exp\nfrom t2
select pk, a, b, std(b) over (order by a range between current row and 1 following) as exp\nfrom t2
INSERT INTO t1 VALUES (EXISTS(SELECT avg(3) OVER (ORDER BY COUNT(DISTINCT a, HEX(a)))))
use com1
SET debug_dbug='+d,file_sharing_violation'
xa start 'test-bad'
xa commit 'test2'
xa start 'testa','testb'
xa start 'testa','testb', 123
xa start 'tr1', 'bq'
xa end 'tr1', 'bq', 3
SET SESSION autocommit=1
xa end 'a'
xa rollback 'a'
UPDATE t1 SET a=4 WHERE a=2
XA ROLLBACK 'x'
UPDATE t1 SET b= 3 WHERE a=1
# used to cause InnoDB assert\nSAVEPOINT savep
CREATE TABLE t3 (i INT) ENGINE=InnoDB
ALTER TABLE non_existing_table1
ALTER TABLE non_existing_table2
XA ROLLBACK 'xid'
XA BEGIN ''
XA COMMIT 'unknown'
create table t1 (pk int primary key) engine=innodb
xa commit 'foo'
XA PREPARE '0'
insert into asd values(1)
xa end '1'
xa rollback '2'
xa start '3'
create table t1 (f1 integer primary key) engine=innodb
xa rollback 'r:bar'
insert t3 values (103)
SELECT extractValue(@xml,'/a/b')
SELECT extractValue(@xml,'//c')
SELECT extractValue(@xml,'/a/b/..')
SELECT extractValue(@xml,'/a/self::*')
SELECT extractValue(@xml,'/a/descendant-or-self::*')
SELECT extractValue(@xml,'/a/b/c/ancestor-or-self::*')
SET @xml='<a>a11<b ba="ba11" ba="ba12">b11</b><b ba="ba21" ba="ba22">b21<c>c1</c>b22</b>a12</a>'
SET @xml='<a><b>b1</b><b>b2</b><c><b>c1b1</b><b>c1b2</b></c><c><b>c2b1</b></c></a>'
SELECT extractValue(@xml,'/a/b[1+1]')
SET @xml='<a><b c="c11">b11</b><b c="c21">b21</b></a>'
SELECT extractValue(@xml,'/a/b[@c="c21"]')
SELECT extractValue(@xml, '/a[b="b11"]')
SELECT extractValue(@xml, '/a[/a/b/d="d11"]')
SELECT extractValue('<a>a</a>', '/a[true()]')
SELECT extractValue('<a>a</a>', '/a[not(true())]')
select extractValue(@xml,'/a/b[@c="c"]')
SET @xml='<a><b c="c" d="d">b1</b><b d="d" e="e">b2</b></a>'
select extractValue(@xml, '/a/b[boolean(@c) or boolean(@d)]')
select extractValue(@xml, '/a/b[@c and @e]')
SELECT extractValue(@xml,'/a/b[@*]')
SELECT extractValue(@xml,'/a/b[not(@*)]')
select extractValue('<a b="b1" b="b2" b="b3"/>','/a/@b[2>=position()]')
SELECT extractValue('<a>a<b>a1<c>c1</c></b><b>a2</b></a>','/a/b[count(c)=0]') as xml
select extractValue('<a>ab</a>','/a[contains(.,"a")]')
select extractValue('<a b="1">ab</a>','/a[concat(@b,"2")="12"]')
select extractValue(@xml, '/a/@b[substring(.,2,1)="1"]')
select extractValue(@xml, '/a/@b[substring(.,2,1)="2"]')
SELECT extractValue(@xml, '/a/b[string-length()]')
select extractValue(@xml,'/a/@b[contains(.,"1")]')
select extractValue(@xml,'/a/@b[contains(.,"1")][contains(.,"2")][2]')
select UpdateXML('<a>a1<b>b1<c>c1</c>b2</b>a2</a>','/a/b/c','+++++++++') as xml
SET @xml='<a><b>bb</b></a>'
SET @xml= '<order><clerk>lesser wombat</clerk></order>'
select extractvalue('<a><b>B</b></a>','/a|/b')
select extractvalue('<a>a<b>B</b></a>','/a|b')
select extractvalue('<a>A<b>B1</b><b>B2</b></a>','/a/b[count(.)=last()]') as xml
select extractvalue('<a>A<b>B1</b><b>B2</b></a>','/a/b[last()=2]') as xml
select extractvalue('<a>Jack</a>','/a[contains(../a,"j")]' collate latin1_bin) as xml
select extractValue('<a>a<','/a')
select extractValue('<e>1</e>','last()')
select extractValue('<e><a>1</a></e>','/e/')
select extractValue('<r><Ñ>Ñ</Ñ></r>','/r/Ñ')
select ExtractValue(@xml, "/entry[(10>=pt)]/id")
select ExtractValue(@xml, "/entry[(10<=pt)]/id")
select ExtractValue(@xml, "/entry[(50>pt)]/id")
select ExtractValue('<a><b><Text>test</Text></b></a>','/a/b/Text') as xml
select ExtractValue('<a><or:or>test</or:or></a>', '/a/or:or')
select ExtractValue('<a><mod:mod>test</mod:mod></a>', '/a/mod:mod')
select ExtractValue('<a><ancestor-or-self>test</ancestor-or-self></a>', '/a/ancestor-or-self') as xml
select ExtractValue('<a><following>test</following></a>', '/a/following') as xml
SELECT ExtractValue('<a><b>b1</b><b>b2</b></a>','/a/b["1"]')
SELECT ExtractValue('<a><b>b1</b><b>b2</b></a>','/a/b["string and 1"]')
DROP PROCEDURE spxml
SELECT 1 FROM t1 ORDER BY(UPDATEXML(a, '1', '1'))
SELECT ExtractValue('<xml  xxx  "yyy">CharData</xml>', '/xml')
select extractvalue('<a></a>','round(123.4)/a')
SELECT\nUpdateXML(xml, '/bla/@name', 'test'),\nUpdateXML(xml, '/bla/@name', 'test')\nFROM t1 ORDER BY t1.id
SELECT UPDATEXML('','(a)/a','')
SELECT UPDATEXML('<a><c><a>x</a></c></a>','(a)/a','<b />')
INSERT INTO t1 VALUES (CONCAT('<a><', REPEAT('b',128),'>b128</',REPEAT('b',128),'><',REPEAT('c',512),'>c512</',REPEAT('c',512),'></a>'))
SELECT ExtractValue('<!a/><?b/?>', '/a')
explain\nselect count(length(a) + length(filler)) from t2 force index (a) where a>='a-1000-a' and a <'a-1001-a'
insert into t2 select A.a, B.a, B.a, A.a, 'filler' from t1 A, t1 B
select * from t1 where (f3>=5 and f3<=10) or (f3>=1 and f3<=4)
SELECT id FROM t1 WHERE parent_id IS NOT NULL ORDER BY id DESC LIMIT 1
explain SELECT * FROM t1 FORCE INDEX (PRIMARY) WHERE parent_id IS NOT NULL ORDER BY id DESC LIMIT 1
SELECT * FROM t1 WHERE parent_id IS NOT NULL ORDER BY id DESC LIMIT 1
INSERT INTO t1 VALUES (22,NULL)
INSERT INTO t1 VALUES (25,210)
INSERT INTO t2 VALUES (3,9)
INSERT INTO t2 VALUES (7,6)
INSERT INTO t2 VALUES (20,4)
SELECT table2.col_int_nokey\nFROM t1 table1 JOIN t2 table2 ON table2.pk = table1.col_int_nokey\nWHERE table1.pk
INSERT INTO t1 VALUES (14,6,NULL,'y')
INSERT INTO t1 VALUES (19,5,1,'h')
INSERT INTO t1 VALUES (21,2,5,'s')
set join_buffer_size=1536
set join_buffer_size=@my_save_join_buffer_size
CREATE TABLE t2 (\n  a CHAR(2) NOT NULL PRIMARY KEY,\n  b VARCHAR(20) NOT NULL,\n  KEY (b)\n) ENGINE=InnoDB
