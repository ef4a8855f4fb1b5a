; A320997: An absolute lower bound on the number of components in perfect systems of difference sets (PSDS).
; Formula: a(n) = floor(12*n/7)
; 1,3,5,6,8,10,12,13,15,17,18

#offset 1

mul $0,12
div $0,7
