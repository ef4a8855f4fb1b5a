; A151949: a(n) = image of n under the Kaprekar map n -> (n with digits sorted into descending order) - (n with digits sorted into ascending order).
; Formula: a(n) = floor(gcd(A097846(n),0)/11)
; 0,0,0,0,0,0,0,0,0,0,9,0,9,18,27,36,45,54,63,72,18,9,0,9,18,27,36,45,54,63,27,18,9,0,9,18,27,36,45,54,36,27,18,9,0,9,18,27,36,45,45,36,27,18,9,0,9,18,27,36,54,45,36,27,18,9,0,9,18,27,63,54,45,36,27,18,9,0,9,18

seq $0,97846
gcd $0,0
div $0,11
