; A113023: Number of terms in A095810 which have n digits.
; 5,18,90,450,2250,11250,56250,281250,1406250,7031250,35156250,175781250

#offset 1

sub $0,1
add $0,1
sub $0,2
add $0,1
sub $1,3
add $2,6
sub $1,$2
div $2,$2
lpb $0
  sub $1,$2
  sub $1,$2
  sub $1,$2
  sub $0,1
  mod $2,$2
  sub $2,$1
  sub $1,$2
lpe
sub $2,$1
mov $0,$2
sub $0,10
div $0,2
add $0,5
