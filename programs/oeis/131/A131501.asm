; A131501: Xm/CV where Xm is a point of maximum error using an approximation method for x^(1/2) which I have found and CV is the population coefficient of variation from my list of error values.
; Formula: a(n) = 2*floor((5*n+1)/2)
; 6,10,16,20,26,30,36,40,46,50

#offset 1

mul $0,5
add $0,1
div $0,2
mul $0,2
