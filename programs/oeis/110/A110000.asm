; A110000: Minimal number of polygonal pieces in a dissection of a regular n-gon to an equilateral triangle (conjectured).
; 1,4,6,5,8,7,8,7

#offset 3

sub $0,3
mul $0,9
lpb $0
  sub $0,1
  sub $1,1
  sub $2,$3
  sub $3,$1
  gcd $3,$0
  div $3,$1
lpe
sub $2,$3
mov $0,$2
add $0,1
