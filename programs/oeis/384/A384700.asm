; A384700: On a 2 X n grid of vertices, draw a circle through every unordered triple of non-collinear vertices: a(n) is the number of distinct circles created.
; Formula: a(n) = truncate((n+3+gcd(0,n))*(gcd(0,n)-1)*(gcd(0,n)-1)/4)
; 0,1,9,24,52,93,153,232,336,465,625,816,1044,1309,1617,1968,2368,2817,3321,3880,4500,5181,5929

#offset 1

gcd $1,$0
add $0,3
add $0,$1
sub $1,1
mul $0,$1
mul $0,$1
div $0,4
