; A133043: Number of segments needed to draw the spiral of equilateral triangles with side lengths which follow the Padovan sequence.
; Formula: a(n) = n-5+truncate(min(n-5,0)/2)+9
; 3,5,6,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65

#offset 1

sub $0,5
mov $1,$0
min $1,0
div $1,2
add $0,$1
add $0,9
