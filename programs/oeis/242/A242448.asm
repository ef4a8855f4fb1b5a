; A242448: Number of distinct linear polynomials b+c*x in row n of array generated as in Comments.
; Formula: a(n) = truncate((5*A001595(n+1)-31)/5)+4
; 1,3,6,12,22,38,64,106,174,284,462,750,1216,1970,3190,5164,8358,13526,21888,35418,57310,92732,150046,242782,392832,635618

#offset 1

add $0,1
seq $0,1595
mul $0,5
sub $0,31
div $0,5
add $0,4
