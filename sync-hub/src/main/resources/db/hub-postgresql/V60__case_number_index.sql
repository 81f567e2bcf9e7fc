-- Receipt checks look cases up by the case number printed on the receipt.
CREATE INDEX received_case_number ON received_case (case_number);
