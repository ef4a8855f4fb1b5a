; A273514: a(n) is the number of arithmetic progressions m < n < p (three numbers in arithmetic progression) such that m and p contain no 2's in their ternary representation.
; Formula: a(n) = 2*truncate((A205565(2*n)+1+sqrtint(2*((A205565(2*n)+1)*(A205565(2*n)+1))))/5)
; 0,0,2,0,0,2,2,2,2,0,0,2,0,0,2,2,2,2,2,2,8,2,2,2,2,2,2,0,0,2,0,0,2,2,2,2,0,0,2,0,0,2,2,2,2,2,2,8,2,2,2,2,2,2,2,2,8,2,2,8,8,8,8,2,2,8,2,2,2,2,2,2,2,2,8,2,2,2,2,2

mul $0,2
seq $0,205565
add $0,1
mov $1,$0
mul $1,$0
mul $1,2
nrt $1,2
add $0,$1
div $0,5
mul $0,2
