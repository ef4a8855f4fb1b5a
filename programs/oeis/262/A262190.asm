; A262190: Number of distinct palindromes contained as substrings in the decimal representation of n.
; 1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

sub $0,1
sub $0,7
mov $3,$0
mov $0,0
lpb $3
  sub $3,1
  gcd $0,$3
lpe
sub $0,2
add $0,1
sub $0,-1
add $0,1
