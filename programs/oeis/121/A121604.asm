; A121604: Numbers k such that the radius of the smallest circle into which A121603(m) unit circles can be packed is 1 + csc(Pi/k).
; Formula: a(n) = floor((12*n+36)/14)
; 2,3,4,5,6,6,7,8,9

mul $0,12
add $0,36
div $0,14
