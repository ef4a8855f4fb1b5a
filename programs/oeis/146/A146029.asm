; A146029: Numbers that can be written from base 2 to base 17 using only the digits 0 to 8 (conjectured to be complete).
; Formula: a(n) = n-1+max(0,n-1)-sumdigits(max(0,n-1),9)
; 0,1,2,3,4,5,6,7,8,17,18

#offset 1

sub $0,1
max $1,$0
add $0,$1
dgs $1,9
sub $0,$1
