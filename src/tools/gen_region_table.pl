#!/usr/bin/perl
# gen_region_table.pl
#	Write src/gen/region_table.h, the region scanner's tables, from
#	src/data/division.tsv, src/data/region_stopwords.txt,
#	src/data/region_scopes.txt and OpenCC's character tables (the text
#	dumps the Makefile makes in src/gen/).
#
# Usage: perl gen_region_table.pl DATA_DIR OPENCC_TEXT_DIR OUTPUT.h
#
# What is emitted:
#  - ind_region_rows[]: the gazetteer, in division.tsv order, with each
#    row's parent as an index (the scanner walks ancestors without lookups);
#  - ind_region_by_code[]: row indexes sorted by code, for binary search;
#  - a trie over code points of every key: full name and short name of each
#    row that is no placeholder, and the scope words.  A key lists its
#    candidate rows (several counties share 永安, 城关...) and flags;
#  - ind_region_fold[]: traditional (and Hong Kong/Taiwan variant)
#    characters to the simplified character the keys use.  The scanner folds
#    its input with it, so that one simplified key matches both scripts and
#    every variant: mainland traditional text writes 鐘祥 where OpenCC's
#    s2t (the name_traditional column) gives 鍾祥.  A character that itself
#    occurs in a key is never folded (乾县 must not become 干县).
use strict;
use warnings;
use utf8;
use open qw(:std :encoding(UTF-8));

my ($dir, $ocdir, $out) = @ARGV;
die "usage: $0 DATA_DIR OPENCC_TEXT_DIR OUTPUT.h\n" unless defined $out;

sub words
{
	my ($file) = @_;
	open(my $fh, '<', $file) or die "$file: $!\n";
	my (@w, %seen);
	while (my $line = <$fh>)
	{
		$line =~ s/#.*//;
		for my $w (split ' ', $line)
		{
			push @w, $w unless $seen{$w}++;
		}
	}
	return @w;
}

sub cstr
{
	my ($s) = @_;
	return 'NULL' unless defined $s && $s ne '';
	my $bytes = $s;
	utf8::encode($bytes);
	$bytes =~ s/(["\\])/\\$1/g;
	$bytes =~ s/([^\x20-\x7e])/sprintf('\\%03o', ord $1)/ge;
	return "\"$bytes\"";
}

my %LEVEL = (province => 'IND_REGION_PROVINCE', city => 'IND_REGION_CITY',
			 county => 'IND_REGION_COUNTY');

# ---- gazetteer -------------------------------------------------------------
my (@rows, %idx);
open(my $fh, '<', "$dir/division.tsv") or die "$dir/division.tsv: $!\n";
while (my $line = <$fh>)
{
	chomp $line;
	next if $line =~ /^#/ || $line eq '';
	my @f = split /\t/, $line, -1;
	die "division.tsv: bad row '$line'\n" unless @f == 6 && $f[0] =~ /^\d{6}$/ && $LEVEL{$f[3]};
	die "division.tsv: duplicate code $f[0]\n" if exists $idx{$f[0]};
	$idx{$f[0]} = scalar @rows;
	push @rows, { code => $f[0], name => $f[1], short => $f[2], level => $f[3],
				  parent => $f[4], trad => $f[5] };
}
close $fh;
die "division.tsv: too many rows\n" if @rows > 32000;
for my $r (@rows)
{
	die "division.tsv: $r->{code}: unknown parent $r->{parent}\n"
		if $r->{parent} ne '' && !exists $idx{$r->{parent}};
}

my %stop = map { $_ => 1 } words("$dir/region_stopwords.txt");
my @scopes = words("$dir/region_scopes.txt");

# ---- keys ------------------------------------------------------------------
# key text -> { cands => [[row, full]], stop, scope }
my %keys;
for my $i (0 .. $#rows)
{
	my $r = $rows[$i];
	next if $r->{short} eq '';	# placeholder: 市辖区, 县, 省直辖县级行政区划
	push @{ $keys{$r->{name}}{cands} }, [$i, 1];
	push @{ $keys{$r->{short}}{cands} }, [$i, 0] if $r->{short} ne $r->{name};
}
for my $w (keys %stop)
{
	die "region_stopwords.txt: '$w' is no gazetteer name\n" unless $keys{$w};
	$keys{$w}{stop} = 1;
}
for my $w (@scopes)
{
	die "region_scopes.txt: '$w' is a gazetteer name\n" if $keys{$w};
	$keys{$w}{scope} = 1;
}

# ---- fold table ------------------------------------------------------------
my %charset;
$charset{$_} = 1 for map { split // } keys %keys;

sub read_map
{
	my ($file) = @_;
	my %m;
	open(my $f, '<', $file) or die "$file: $!\n";
	while (my $line = <$f>)
	{
		chomp $line;
		my ($from, $to) = split /\t/, $line;
		next unless defined $to && length($from) == 1;
		my ($first) = split / /, $to;
		$m{$from} = $first if length($first) == 1;
	}
	return %m;
}
my %ts = read_map("$ocdir/opencc-TSCharacters.txt");
my %fold;
for my $t (keys %ts)
{
	$fold{$t} = $ts{$t} if $charset{$ts{$t}} && !$charset{$t} && $t ne $ts{$t};
}
for my $vf (qw(TWVariantsRev HKVariantsRev))
{
	my %v = read_map("$ocdir/opencc-$vf.txt");
	for my $var (keys %v)
	{
		my $std = $v{$var};
		my $s = $ts{$std} // $std;
		$fold{$var} //= $s if $charset{$s} && !$charset{$var} && $var ne $s;
	}
}

sub fold_str
{
	my ($s) = @_;
	return join '', map { $fold{$_} // $_ } split //, $s;
}

# Every traditional name must fold back to its simplified name; if OpenCC
# ever disagrees, the folded traditional name becomes a key of its own.
my $extra = 0;
for my $i (0 .. $#rows)
{
	my $r = $rows[$i];
	next if $r->{short} eq '' || $r->{trad} eq '';
	my $f = fold_str($r->{trad});
	next if $f eq $r->{name};
	push @{ $keys{$f}{cands} }, [$i, 1];
	$extra++;
}

# ---- trie ------------------------------------------------------------------
my @nodes = ({ kids => {}, key => -1 });
my @keylist = sort keys %keys;
my $maxlen = 0;
for my $k (0 .. $#keylist)
{
	my $n = 0;
	my @c = split //, $keylist[$k];
	$maxlen = @c if @c > $maxlen;
	for my $ch (@c)
	{
		my $cp = ord $ch;
		unless (defined $nodes[$n]{kids}{$cp})
		{
			push @nodes, { kids => {}, key => -1 };
			$nodes[$n]{kids}{$cp} = $#nodes;
		}
		$n = $nodes[$n]{kids}{$cp};
	}
	$nodes[$n]{key} = $k;
}

open(my $o, '>', $out) or die "$out: $!\n";
print $o <<'HDR';
/*
 * region_table.h
 *		Generated by src/tools/gen_region_table.pl from src/data/division.tsv,
 *		src/data/region_stopwords.txt, src/data/region_scopes.txt and OpenCC's
 *		character tables.  Do not edit.  Included by region.c only.
 */
#ifndef INDNEWS_REGION_TABLE_H
#define INDNEWS_REGION_TABLE_H

#include <stdint.h>

HDR
printf $o "#define IND_REGION_N_ROWS %d\n", scalar @rows;
printf $o "#define IND_REGION_MAX_KEY %d\t/* code points */\n\n", $maxlen;

print $o "/* code, name, short name (NULL: placeholder), traditional name, parent code, level */\n";
print $o "static const IndRegionInfo ind_region_rows[IND_REGION_N_ROWS] = {\n";
for my $r (@rows)
{
	printf $o "\t{%s, %s, %s, %s, %s, %s},\n", cstr($r->{code}), cstr($r->{name}),
		cstr($r->{short}), cstr($r->{trad}), cstr($r->{parent}), $LEVEL{$r->{level}};
}
print $o "};\n\n";

print $o "/* row index of each row's parent, -1 for none */\n";
print $o "static const int16_t ind_region_parent[IND_REGION_N_ROWS] = {\n";
my @par = map { $_->{parent} eq '' ? -1 : $idx{$_->{parent}} } @rows;
for (my $i = 0; $i < @par; $i += 16)
{
	my $e = $i + 15 < $#par ? $i + 15 : $#par;
	print $o "\t", join(', ', @par[$i .. $e]), ",\n";
}
print $o "};\n\n";

print $o "/* row indexes in code order */\n";
print $o "static const int16_t ind_region_by_code[IND_REGION_N_ROWS] = {\n";
my @bc = sort { $rows[$a]{code} cmp $rows[$b]{code} } 0 .. $#rows;
for (my $i = 0; $i < @bc; $i += 16)
{
	my $e = $i + 15 < $#bc ? $i + 15 : $#bc;
	print $o "\t", join(', ', @bc[$i .. $e]), ",\n";
}
print $o "};\n\n";

print $o <<'TYP';
#define IND_RKEY_STOP	0x1		/* in region_stopwords.txt: needs context */
#define IND_RKEY_SCOPE	0x2		/* in region_scopes.txt: no region */

typedef struct IndRegionCand
{
	int16_t		row;
	uint8_t		full;			/* the key is the row's full name */
} IndRegionCand;

typedef struct IndRegionKey
{
	uint16_t	first_cand;
	uint8_t		n_cands;
	uint8_t		flags;
	uint8_t		len;			/* code points */
} IndRegionKey;

typedef struct IndRegionNode
{
	uint32_t	first_edge;
	uint16_t	n_edges;
	int16_t		key;			/* index into ind_region_keys, -1 for none */
} IndRegionNode;

typedef struct IndRegionEdge
{
	uint32_t	cp;				/* edges of a node are sorted by cp */
	uint32_t	child;
} IndRegionEdge;

TYP

my (@cands, @keyrows);
for my $k (@keylist)
{
	my $e = $keys{$k};
	my $first = scalar @cands;
	push @cands, @{ $e->{cands} // [] };
	my $flags = ($e->{stop} ? 1 : 0) | ($e->{scope} ? 2 : 0);
	die "key $k: too many candidates\n" if @{ $e->{cands} // [] } > 255;
	push @keyrows, sprintf("\t{%d, %d, %d, %d},\t/* %s */\n", $first,
						   scalar @{ $e->{cands} // [] }, $flags, length($k), $k);
}
die "too many candidates\n" if @cands > 65535;
print $o "static const IndRegionCand ind_region_cands[] = {\n";
for (my $i = 0; $i < @cands; $i += 8)
{
	my $e = $i + 7 < $#cands ? $i + 7 : $#cands;
	print $o "\t", join(', ', map { "{$_->[0], $_->[1]}" } @cands[$i .. $e]), ",\n";
}
print $o "};\n\n";
print $o "static const IndRegionKey ind_region_keys[] = {\n", @keyrows, "};\n\n";

my @edges;
my @noderows;
for my $n (0 .. $#nodes)
{
	my @k = sort { $a <=> $b } keys %{ $nodes[$n]{kids} };
	push @noderows, sprintf("{%d, %d, %d}", scalar @edges, scalar @k, $nodes[$n]{key});
	push @edges, map { sprintf('{0x%X, %d}', $_, $nodes[$n]{kids}{$_}) } @k;
}
print $o "/* node 0 is the root */\n";
print $o "static const IndRegionNode ind_region_nodes[] = {\n";
for (my $i = 0; $i < @noderows; $i += 8)
{
	my $e = $i + 7 < $#noderows ? $i + 7 : $#noderows;
	print $o "\t", join(', ', @noderows[$i .. $e]), ",\n";
}
print $o "};\n\n";
print $o "static const IndRegionEdge ind_region_edges[] = {\n";
for (my $i = 0; $i < @edges; $i += 8)
{
	my $e = $i + 7 < $#edges ? $i + 7 : $#edges;
	print $o "\t", join(', ', @edges[$i .. $e]), ",\n";
}
print $o "};\n\n";

print $o "/* traditional or variant character -> simplified, sorted */\n";
print $o "static const uint32_t ind_region_fold[][2] = {\n";
my @fk = sort { ord($a) <=> ord($b) } keys %fold;
for (my $i = 0; $i < @fk; $i += 8)
{
	my $e = $i + 7 < $#fk ? $i + 7 : $#fk;
	print $o "\t", join(', ', map { sprintf('{0x%X, 0x%X}', ord $_, ord $fold{$_}) } @fk[$i .. $e]), ",\n";
}
print $o "};\n";
print $o "#define IND_REGION_N_FOLD (sizeof(ind_region_fold) / sizeof(ind_region_fold[0]))\n\n";
printf $o "/* %d rows, %d keys, %d trie nodes, %d fold pairs, %d extra traditional keys */\n\n",
	scalar @rows, scalar @keylist, scalar @nodes, scalar @fk, $extra;
print $o "#endif\t\t\t\t\t\t\t/* INDNEWS_REGION_TABLE_H */\n";
close $o or die "$out: $!\n";
