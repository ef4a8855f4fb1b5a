; A145265: A positive integer n is included if there exists a positive integer m such that Sum_{k>=0} floor(n/(m+k)) = n.
; Formula: a(n) = truncate((n+1)%6/-2)+n+(n+(truncate((n+1)%6/-2)+n))
; 1,4,5,8,15,18,19,22,23,26,33,36,37,40,41,44,51,54,55,58,59,62,69,72,73,76,77,80,87,90,91,94,95,98,105,108,109,112,113,116,123,126,127,130,131,134,141,144,145,148,149,152,159,162,163,166,167,170,177,180,181,184

#offset 1

mov $1,$0
add $0,1
mod $0,6
div $0,-2
add $0,$1
add $1,$0
add $0,$1
