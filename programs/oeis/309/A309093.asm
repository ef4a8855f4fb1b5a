; A309093: The analog of A309077(n), but allowing fractional powers.
; Formula: a(n) = floor((10*n+20)/18)
; 1,2,2,3,3,4,5,5,6,6,7,7,8,8,9,10,10,11,11,12

#offset 1

mul $0,10
add $0,20
div $0,18
