; A146890: a(n) is the maximal size of a set of lines in the complex n-dimensional space C^n with the property that all the subtriples of lines are pairwise congruent.
; 1,4,4,8,8,12,12,16,16

#offset 1

sub $0,1
sub $0,1
sub $0,1
mov $4,$0
sub $0,1
sub $0,-1
add $2,-3
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  dif $2,-1
lpe
mov $0,$2
sub $0,2
div $0,2
add $0,5
mov $5,$4
mul $5,-2
add $0,$5
sub $0,6
mul $0,3
add $0,1
div $0,-3
sub $0,-3
add $0,1
