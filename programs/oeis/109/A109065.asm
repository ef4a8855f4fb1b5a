; A109065: Numerator of the fraction due in month n of the total interest for a one-year installment loan based on the Rule of 78s (each denominator is 78).
; Formula: a(n) = -n+13
; 12,11,10,9,8,7,6,5,4,3,2,1

#offset 1

mul $0,-1
add $0,13
