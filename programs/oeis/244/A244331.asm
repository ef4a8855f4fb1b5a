; A244331: Number of binary digits in the high-water marks of the terms of the continued fraction of the base-2 Champernowne constant.
; Formula: a(n) = (min(n-1,1)+1)*(lodapow(2,n-1)-(n-1))-1
; 0,1,3,9,23,53,115,241,495,1005,2027,4073,8167,16357,32739,65505,131039,262109,524251,1048537,2097111,4194261,8388563,16777169

#offset 1

sub $0,1
mov $1,2
pow $1,$0
sub $1,$0
min $0,1
add $0,1
mul $0,$1
sub $0,1
