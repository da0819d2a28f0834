#!/usr/bin/perl
#
# gen_convert_tables.pl
#		Generate src/gen/convert_tables.h from OpenCC's dictionaries.
#
# Usage: gen_convert_tables.pl GENDIR OUTPUT
#
# GENDIR holds the text dumps opencc-NAME.txt that `opencc_dict -t text`
# makes from Debian's libopencc-data (see the Makefile).  Each line of a dump
# is "key<TAB>candidate candidate ...", the first candidate being OpenCC's
# default.  We emit, per direction, a two-level character map and a trie of
# phrases, the same data OpenCC's own t2s/hk2s/tw2s and s2t configurations
# use, so that our conversion is OpenCC's longest-match conversion done by a
# table-driven loop.
#
# The data version goes into the header: the SQL functions built on these
# tables are IMMUTABLE, so a change of data is a change of results that an
# index built on them must be rebuilt for.

use strict;
use warnings;
use utf8;
use open qw(:std :encoding(UTF-8));

my ($gendir, $output) = @ARGV;
die "usage: $0 GENDIR OUTPUT\n" unless defined $output;

my $version = `dpkg-query -W -f='\${Version}' libopencc-data 2>/dev/null` || 'unknown';

sub read_dict
{
	my ($name) = @_;
	my $path = "$gendir/opencc-$name.txt";
	my %map;
	open(my $fh, '<', $path) or die "cannot open $path: $!\n";
	while (my $line = <$fh>)
	{
		chomp $line;
		next if $line eq '';
		my ($key, $vals) = split /\t/, $line, 2;
		die "bad line in $path: $line\n" unless defined $vals;
		$map{$key} = [ split / /, $vals ];
	}
	close $fh;
	return \%map;
}

my $ts_chars = read_dict('TSCharacters');
my $ts_phrases = read_dict('TSPhrases');
my $st_chars = read_dict('STCharacters');
my $st_phrases = read_dict('STPhrases');
my @variant_chars = (read_dict('HKVariantsRev'), read_dict('TWVariantsRev'));
my @variant_phrases =
  (read_dict('HKVariantsRevPhrases'), read_dict('TWVariantsRevPhrases'));

# Convert a string character by character with a character dictionary.
sub convert_chars
{
	my ($dict, $s) = @_;
	return join '', map { exists $dict->{$_} ? $dict->{$_}[0] : $_ } split //, $s;
}

# ---- traditional (and HK/TW variants) to simplified ----------------------

my %t2s_char;
my %t2s_phrase;
for my $k (keys %$ts_chars)
{
	$t2s_char{$k} = $ts_chars->{$k}[0];
}
# A Hong Kong or Taiwan variant folds to the standard traditional form, then
# to simplified, as OpenCC's hk2s and tw2s chains do.
# Characters of the simplified script: the targets of TSCharacters and the
# keys of STCharacters.  A variant table must not touch them: Taiwan's 么
# (for 幺) is also simplified 么 (of 麼).
my %simplified_char;
for my $k (keys %$ts_chars)
{
	$simplified_char{$_} = 1 for @{ $ts_chars->{$k} };
}
$simplified_char{$_} = 1 for keys %$st_chars;

for my $d (@variant_chars)
{
	for my $k (keys %$d)
	{
		next if exists $t2s_char{$k};
		next if exists $simplified_char{$k};
		my $v = convert_chars($ts_chars, $d->{$k}[0]);
		$t2s_char{$k} = $v if $v ne $k;
	}
}
for my $k (keys %$ts_phrases)
{
	$t2s_phrase{$k} = $ts_phrases->{$k}[0];
}
for my $d (@variant_phrases)
{
	for my $k (keys %$d)
	{
		next if exists $t2s_phrase{$k};
		$t2s_phrase{$k} = convert_chars($ts_chars, $d->{$k}[0]);
	}
}

# to_simplified must be a fixed point on its own output (normalize() is
# idempotent): 顯著 becomes 显著 through a phrase, but 著 alone becomes 着, so
# the output 显著 is itself entered as a phrase that stays as it is.
for my $k (keys %t2s_phrase)
{
	my $v = $t2s_phrase{$k};
	next if exists $t2s_phrase{$v};
	my $again = join '', map { $t2s_char{$_} // $_ } split //, $v;
	$t2s_phrase{$v} = $v if $again ne $v;
}
# A phrase key may itself be converted output (藉着 -> 借着, while 藉著 ->
# 藉着 by characters): every spelling that converts character by character
# into such a key gets the key's phrase too, so the second pass has nothing
# left to do.
{
	my %preimage;
	for my $k (keys %t2s_char)
	{
		push @{ $preimage{ $t2s_char{$k} } }, $k if length($t2s_char{$k}) == 1;
	}
	for my $k (keys %t2s_phrase)
	{
		my $v = $t2s_phrase{$k};
		next if $v eq $k;
		my @spellings = ('');
		for my $c (split //, $k)
		{
			my @alts = ($c, @{ $preimage{$c} // [] });
			@spellings = map { my $p = $_; map { $p . $_ } @alts } @spellings;
			last if @spellings > 64;
		}
		next if @spellings > 64;
		for my $p (@spellings)
		{
			$t2s_phrase{$p} = $v unless exists $t2s_phrase{$p};
		}
	}
}

# OpenCC has chains (薴 -> 苧 -> 苎): follow them to the end, for the same
# reason.
for my $k (keys %t2s_char)
{
	my $v = $t2s_char{$k};
	my $steps = 0;
	while (length($v) == 1 && exists $t2s_char{$v} && $t2s_char{$v} ne $v)
	{
		die "t2s cycle at $k\n" if ++$steps > 8;
		$v = $t2s_char{$v};
	}
	$t2s_char{$k} = $v;
}

# Finally, every phrase's replacement must itself convert to itself under
# the whole table (OpenCC maps 藉著 -> 藉着 but 藉着 -> 借着): compose until
# nothing changes.
{
	my $maxlen = 0;
	for my $k (keys %t2s_phrase)
	{
		$maxlen = length $k if length $k > $maxlen;
	}
	my $greedy = sub {
		my ($s) = @_;
		my $out = '';
		my $i = 0;
		while ($i < length $s)
		{
			my $done = 0;
			for (my $l = $maxlen; $l >= 1; $l--)
			{
				next if $i + $l > length $s;
				my $w = substr($s, $i, $l);
				if (exists $t2s_phrase{$w})
				{
					$out .= $t2s_phrase{$w};
					$i += $l;
					$done = 1;
					last;
				}
			}
			next if $done;
			my $c = substr($s, $i, 1);
			$out .= $t2s_char{$c} // $c;
			$i++;
		}
		return $out;
	};
	for my $round (1 .. 4)
	{
		my $changed = 0;
		for my $k (sort keys %t2s_phrase)
		{
			my $v2 = $greedy->($t2s_phrase{$k});
			next if $v2 eq $t2s_phrase{$k};
			$t2s_phrase{$k} = $v2;
			$changed++;
		}
		last unless $changed;
		die "t2s phrases do not settle\n" if $round == 4;
	}
}

# ---- simplified to traditional -------------------------------------------

# OpenCC's standard traditional forms include some that readers in Taiwan and
# Hong Kong never write (爲, 裏, 麪, 羣); the Taiwan variant table turns them
# into the forms in common use (為, 裡, 麵, 群), as OpenCC's s2tw does.
my $tw_variants = read_dict('TWVariants');
my %s2t_char =
  map { $_ => convert_chars($tw_variants, $st_chars->{$_}[0]) } keys %$st_chars;
for my $k (keys %$tw_variants)
{
	$s2t_char{$k} = $tw_variants->{$k}[0] unless exists $s2t_char{$k};
}
my %s2t_phrase =
  map { $_ => convert_chars($tw_variants, $st_phrases->{$_}[0]) } keys %$st_phrases;

# ---- script classes --------------------------------------------------------
#
# A character is traditional-only when OpenCC converts it to simplified and
# lists no identity candidate; simplified-only likewise the other way.  乾,
# 著, 干 and 里 are in both scripts and so in neither class.

my %trad_only;
my %simp_only;
for my $k (keys %$ts_chars)
{
	$trad_only{$k} = 1 unless grep { $_ eq $k } @{ $ts_chars->{$k} };
}
for my $k (keys %$st_chars)
{
	$simp_only{$k} = 1 unless grep { $_ eq $k } @{ $st_chars->{$k} };
}

# ---- emit ------------------------------------------------------------------

open(my $out, '>', $output) or die "cannot write $output: $!\n";

print $out <<"HDR";
/*
 * convert_tables.h
 *		GENERATED by src/tools/gen_convert_tables.pl -- do not edit.
 *
 * Source: OpenCC dictionaries of Debian package libopencc-data $version
 * (TSCharacters, TSPhrases, HKVariantsRev, HKVariantsRevPhrases,
 * TWVariantsRev, TWVariantsRevPhrases, STCharacters, STPhrases, TWVariants).
 */
#define IND_CONVERT_DATA_VERSION "OpenCC data (libopencc-data) $version"

HDR

# Flags stored above the 21 bits of the target code point.
my $FLAG_STARTER = 1 << 24;
my $FLAG_TRAD_ONLY = 1 << 25;
my $FLAG_SIMP_ONLY = 1 << 26;
my $MAX_CP = 0x40000;			# planes 0-3 hold every Han character

sub utf8_len
{
	my ($s) = @_;
	my $n = 0;
	for my $c (split //, $s)
	{
		my $o = ord($c);
		$n += $o < 0x80 ? 1 : $o < 0x800 ? 2 : $o < 0x10000 ? 3 : 4;
	}
	return $n;
}

sub c_bytes
{
	my ($s) = @_;
	my $b = $s;
	utf8::encode($b);
	return join '', map { sprintf '\\x%02x', ord } split //, $b;
}

sub emit_direction
{
	my ($name, $chars, $phrases, $with_script) = @_;
	my %value;
	my $growth = 1.0;

	for my $k (keys %$chars)
	{
		my $t = $chars->{$k};
		next if length($k) != 1;
		next if $t eq $k;
		if (length($t) != 1)
		{
			# a character to several: handled as a one-character phrase
			$phrases->{$k} = $t unless exists $phrases->{$k};
			next;
		}
		die "code point out of range: $k\n" if ord($k) >= $MAX_CP;
		$value{ord $k} |= ord $t;
		my $g = utf8_len($t) / utf8_len($k);
		$growth = $g if $g > $growth;
	}

	# Build the phrase trie: node 0 is the root.
	my @children = ({});
	my @terminal = (undef);
	for my $k (sort keys %$phrases)
	{
		my $node = 0;
		for my $c (split //, $k)
		{
			my $next = $children[$node]{ ord $c };
			if (!defined $next)
			{
				push @children, {};
				push @terminal, undef;
				$next = $#children;
				$children[$node]{ ord $c } = $next;
			}
			$node = $next;
		}
		$terminal[$node] = $phrases->{$k};
		my $g = utf8_len($phrases->{$k}) / utf8_len($k);
		$growth = $g if $g > $growth;
	}
	for my $cp (keys %{ $children[0] })
	{
		die "phrase starter out of range\n" if $cp >= $MAX_CP;
		$value{$cp} |= $FLAG_STARTER;
	}
	if ($with_script)
	{
		$value{ ord $_ } |= $FLAG_TRAD_ONLY for grep { ord($_) < $MAX_CP } keys %trad_only;
		$value{ ord $_ } |= $FLAG_SIMP_ONLY for grep { ord($_) < $MAX_CP } keys %simp_only;
	}

	# Two-level character map: index by cp >> 8, block 0 is all zero.
	my @index = (0) x ($MAX_CP >> 8);
	my @blocks = ([ (0) x 256 ]);
	for my $hi (0 .. ($MAX_CP >> 8) - 1)
	{
		my @blk = map { $value{ ($hi << 8) | $_ } // 0 } 0 .. 255;
		next unless grep { $_ } @blk;
		push @blocks, \@blk;
		$index[$hi] = $#blocks;
	}
	printf $out "static const uint16_t %s_index[%d] = {\n", $name, scalar @index;
	for (my $i = 0; $i < @index; $i += 16)
	{
		my $last = $i + 15 < $#index ? $i + 15 : $#index;
		print $out "\t", join(', ', @index[ $i .. $last ]), ",\n";
	}
	print $out "};\n\n";
	printf $out "static const uint32_t %s_blocks[%d] = {\n", $name, 256 * @blocks;
	for my $blk (@blocks)
	{
		for (my $i = 0; $i < 256; $i += 8)
		{
			print $out "\t", join(', ', map { sprintf '0x%08x', $_ } @$blk[ $i .. $i + 7 ]), ",\n";
		}
	}
	print $out "};\n\n";

	# One bit per BMP code point that the conversion changes or that starts
	# a phrase (script-class flags alone do not count).  Most characters of
	# a text have none, and the 8 kB bitmap stays in the first-level cache
	# where the blocks do not.
	my @present = (0) x 8192;
	for my $cp (keys %value)
	{
		next unless $cp < 0x10000;
		next unless $value{$cp} & (0x1FFFFF | $FLAG_STARTER);
		$present[ $cp >> 3 ] |= 1 << ($cp & 7);
	}
	printf $out "static const uint8_t %s_present[8192] = {\n", $name;
	for (my $i = 0; $i < 8192; $i += 16)
	{
		print $out "\t", join(',', map { sprintf '0x%02x', $_ } @present[ $i .. $i + 15 ]), ",\n";
	}
	print $out "};\n\n";

	# One bit per BMP code point that is the second character of some
	# phrase: a phrase starter followed by anything else starts no phrase,
	# which spares most trie walks (一个, 大力: 一 and 大 start phrases, but
	# 个 and 力 never follow in one).
	my @second = (0) x 8192;
	for my $k (keys %$phrases)
	{
		my @c = split //, $k;
		next unless @c >= 2;
		my $c2 = ord $c[1];
		$second[ $c2 >> 3 ] |= 1 << ($c2 & 7) if $c2 < 0x10000;
	}
	printf $out "static const uint8_t %s_second[8192] = {\n", $name;
	for (my $i = 0; $i < 8192; $i += 16)
	{
		print $out "\t", join(',', map { sprintf '0x%02x', $_ } @second[ $i .. $i + 15 ]), ",\n";
	}
	print $out "};\n\n";

	# Trie nodes in creation order; edges of a node contiguous and sorted.
	my (@edge_cp, @edge_child, @node_first, @node_count, @node_value);
	my $pool = '';
	my @value_off;
	my @value_len;
	for my $n (0 .. $#children)
	{
		my @cps = sort { $a <=> $b } keys %{ $children[$n] };
		push @node_first, scalar @edge_cp;
		push @node_count, scalar @cps;
		for my $cp (@cps)
		{
			push @edge_cp, $cp;
			push @edge_child, $children[$n]{$cp};
		}
		if (defined $terminal[$n])
		{
			my $b = $terminal[$n];
			utf8::encode($b);
			push @node_value, scalar @value_off;
			push @value_off, length $pool;
			push @value_len, length $b;
			$pool .= $b;
		}
		else
		{
			push @node_value, -1;
		}
	}
	my %arrays = (
		node_first => [ 'uint32_t', \@node_first ],
		node_count => [ 'uint16_t', \@node_count ],
		node_value => [ 'int32_t', \@node_value ],
		edge_cp => [ 'uint32_t', \@edge_cp ],
		edge_child => [ 'uint32_t', \@edge_child ],
		value_off => [ 'uint32_t', \@value_off ],
		value_len => [ 'uint16_t', \@value_len ]);
	for my $a (sort keys %arrays)
	{
		my ($type, $list) = @{ $arrays{$a} };
		my @l = @$list ? @$list : (0);
		printf $out "static const %s %s_%s[%d] = {\n", $type, $name, $a, scalar @l;
		for (my $i = 0; $i < @l; $i += 12)
		{
			my $last = $i + 11 < $#l ? $i + 11 : $#l;
			print $out "\t", join(', ', @l[ $i .. $last ]), ",\n";
		}
		print $out "};\n\n";
	}
	printf $out "static const unsigned char %s_pool[%d] = {\n", $name, length($pool) + 1;
	my @bytes = map { ord } split //, $pool;
	push @bytes, 0;
	for (my $i = 0; $i < @bytes; $i += 16)
	{
		my $last = $i + 15 < $#bytes ? $i + 15 : $#bytes;
		print $out "\t", join(',', map { sprintf '0x%02x', $_ } @bytes[ $i .. $last ]), ",\n";
	}
	print $out "};\n\n";

	# Worst-case growth of output over input, in thousandths, for sizing the
	# output buffer before converting.
	my $permille = int($growth * 1000 + 0.999);
	print $out "#define \U$name\E_GROWTH_PERMILLE $permille\n";

	# The root of the trie has thousands of edges; a binary search there
	# cost more than the rest of the walk.  An open-addressing hash of the
	# starters (Fibonacci hashing, linear probing; the C side computes the
	# same slot) finds the first step in one or two probes.
	my @starters = keys %{ $children[0] };
	my $bits = 4;
	$bits++ while (1 << $bits) < 4 * @starters;
	my $size = 1 << $bits;
	my @hcp = (0) x $size;
	my @hchild = (0) x $size;
	for my $cp (sort { $a <=> $b } @starters)
	{
		my $h = (($cp * 2654435761) % 4294967296) >> (32 - $bits);
		$h = ($h + 1) % $size while $hcp[$h];
		$hcp[$h] = $cp;
		$hchild[$h] = $children[0]{$cp};
	}
	print $out "#define \U$name\E_ROOT_HASH_BITS $bits\n";
	printf $out "static const uint32_t %s_root_hash_cp[%d] = {\n", $name, $size;
	for (my $i = 0; $i < $size; $i += 12)
	{
		my $last = $i + 11 < $size - 1 ? $i + 11 : $size - 1;
		print $out "\t", join(', ', @hcp[ $i .. $last ]), ",\n";
	}
	print $out "};\n\n";
	printf $out "static const uint32_t %s_root_hash_child[%d] = {\n", $name, $size;
	for (my $i = 0; $i < $size; $i += 12)
	{
		my $last = $i + 11 < $size - 1 ? $i + 11 : $size - 1;
		print $out "\t", join(', ', @hchild[ $i .. $last ]), ",\n";
	}
	print $out "};\n\n";
	printf $out "#define \U$name\E_NODES %d\n\n", scalar @children;
}

emit_direction('t2s', \%t2s_char, \%t2s_phrase, 1);
emit_direction('s2t', \%s2t_char, \%s2t_phrase, 0);

printf $out "/* %d t2s characters, %d t2s phrases, %d s2t characters, %d s2t phrases */\n",
  scalar(keys %t2s_char), scalar(keys %t2s_phrase),
  scalar(keys %s2t_char), scalar(keys %s2t_phrase);
close $out;
