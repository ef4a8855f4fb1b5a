; A133484: A way of splitting the numbers from 1 to 16 into two groups so that the numbers in each group have the same sum, the same sum of squares and the same sum of cubes.
; 2,3,5,8,9,12,14,15

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $1,1
sub $0,1
sub $0,-1
add $0,3
gcd $3,$0
mul $3,3
sub $3,4
add $1,$3
mov $0,$1
mul $0,7
div $0,15
mul $0,6
div $0,4
sub $0,2
sub $0,-2
add $0,2
