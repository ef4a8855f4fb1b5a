; A262303: Length of sequence of lower halves of n: repeatedly apply x->floor(x/2) starting at n; a(n) = number of steps until reach one of 2,3,4.
; 0,0,0,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5

#offset 2

sub $0,2
sub $0,1
add $0,1
sub $0,1
mov $1,$0
mov $2,2
lpb $1
  sub $1,3
  add $3,$2
  div $1,2
lpe
mov $0,$3
div $0,2
