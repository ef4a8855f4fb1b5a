; A215476: Minimum number of comparisons needed to find the median of n elements.
; Formula: a(n) = floor((n+12)*(n+12)/20)-8
; 0,1,3,4,6,8,10,12,14,16,18,20,23

#offset 1

add $0,12
mul $0,$0
div $0,20
sub $0,8
