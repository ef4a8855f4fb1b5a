; A133484: A way of splitting the numbers from 1 to 16 into two groups so that the numbers in each group have the same sum, the same sum of squares and the same sum of cubes.
; Formula: a(n) = truncate(3*truncate(7*(n-1)/5)/2)+2
; 2,3,5,8,9,12,14,15

#offset 1

sub $0,1
mul $0,7
div $0,5
mul $0,3
div $0,2
add $0,2
